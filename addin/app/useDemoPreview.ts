import { useState } from 'react';
import { createMemoryHost, type WorkbookHost } from '../../shared/host/index';

/** The pane over the demo workbook held in memory: for a browser that is not Office. */
export function useDemoPreview(asOf: string | undefined) {
  const [host, setHost] = useState<WorkbookHost | null>(null);
  const [demoAsOf, setDemoAsOf] = useState<string | undefined>(asOf);
  const preview = async () => {
    const demo = await import('../../shared/demo/index');
    setDemoAsOf(asOf ?? demo.DEMO_AS_OF);
    setHost(createMemoryHost(demo.generateDemoWorkbook(), { language: navigator.language }));
  };
  return { host, asOf: demoAsOf, preview };
}
