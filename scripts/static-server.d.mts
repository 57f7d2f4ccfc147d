// Types of static-server.mjs, for the TypeScript that imports it (tests, bench, the data server).
export interface StaticServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export declare function startStaticServer(options: { root: string; port?: number; host?: string }): Promise<StaticServer>;
export declare function findPageFile(root: string, path: string): Promise<{ file: string; type: string } | 'outside' | null>;
