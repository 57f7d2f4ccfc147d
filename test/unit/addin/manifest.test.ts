import { readFileSync } from 'node:fs';
import { mkdtempSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkManifest, pngSize } from '../../../scripts/validate-manifest.offline';
import { addinAssets } from '../../../addin/build/addin-assets-plugin';

const ROOT = process.cwd();
const manifest = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const messages = (xml: string, root = ROOT) => checkManifest(xml, root).map((p) => p.message);

describe('the offline manifest check', () => {
  it('accepts our manifest', () => {
    expect(checkManifest(manifest, ROOT)).toEqual([]);
  });

  it('declares an Excel task pane that may write, needing ExcelApi 1.7, on localhost:3000', () => {
    expect(manifest).toContain('xsi:type="TaskPaneApp"');
    expect(manifest).toContain('<Host Name="Workbook"/>');
    expect(manifest).toContain('<Permissions>ReadWriteDocument</Permissions>');
    expect(manifest).toContain('<Set Name="ExcelApi" MinVersion="1.7"/>');
    expect(manifest).toContain('<SourceLocation DefaultValue="https://localhost:3000/addin/taskpane.html"/>');
    expect(manifest).toContain('<OfficeTab id="TabHome">');
  });

  it('rejects elements out of the documented order', () => {
    const swapped = manifest.replace(/(<Version>.*<\/Version>)\s*(<ProviderName>.*<\/ProviderName>)/, '$2\n  $1');
    expect(swapped).not.toBe(manifest);
    expect(messages(swapped)).toContain('<Version> must come before <ProviderName> in <OfficeApp>');
    const permissionsFirst = manifest.replace('  <Permissions>ReadWriteDocument</Permissions>\n', '').replace('<Hosts>\n    <Host Name', '<Permissions>ReadWriteDocument</Permissions>\n  <Hosts>\n    <Host Name');
    expect(messages(permissionsFirst)).toContain('<Hosts> must come before <Permissions> in <OfficeApp>');
  });

  it('rejects an id that is not a GUID, an http URL and an unknown element', () => {
    expect(messages(manifest.replace(/<Id>[^<]+<\/Id>/, '<Id>my-addin</Id>'))).toContain('<Id> must be a GUID, not "my-addin"');
    expect(messages(manifest.replace('https://localhost:3000/addin/taskpane.html"/>\n  </DefaultSettings>', 'http://localhost:3000/addin/taskpane.html"/>\n  </DefaultSettings>'))).toContain(
      '<SourceLocation> URL must use https: http://localhost:3000/addin/taskpane.html',
    );
    expect(messages(manifest.replace('<Permissions>', '<Colour>blue</Colour>\n  <Permissions>'))).toContain('<Colour> is not a valid child of <OfficeApp>');
  });

  it('rejects a missing required element, a resid without a resource and broken XML', () => {
    expect(messages(manifest.replace(/\s*<ProviderName>.*<\/ProviderName>/, ''))).toContain('<ProviderName> is required');
    expect(messages(manifest.replace('resid="KpiPaneButton.Tooltip"', 'resid="Nope.Tooltip"'))).toContain('resid "Nope.Tooltip" is not defined in <Resources>');
    expect(messages(manifest.replace('</Hosts>', '</Host>'))[0]).toMatch(/^not well-formed XML: line \d+: <\/Host> does not close <Hosts>/);
  });

  it('rejects icons that are missing or of the wrong size', () => {
    // A served root holding only a 16 px icon, copied under every icon name.
    const root = mkdtempSync(join(tmpdir(), 'manifest-'));
    mkdirSync(join(root, 'addin/assets'), { recursive: true });
    for (const size of [16, 32, 64]) copyFileSync(join(ROOT, 'addin/assets/icon-16.png'), join(root, `addin/assets/icon-${size}.png`));
    const problems = messages(manifest, root);
    expect(problems.some((m) => m.startsWith('icon file missing: https://localhost:3000/addin/assets/icon-80.png'))).toBe(true);
    expect(problems).toContain(`icon ${join(root, 'addin/assets/icon-32.png')} is 16×16, the manifest says 32×32`);
    writeFileSync(join(root, 'addin/assets/icon-80.png'), 'not a png');
    expect(messages(manifest, root)).toContain(`icon is not a PNG: ${join(root, 'addin/assets/icon-80.png')}`);
  });

  it('has the drawn icons at 16, 32, 64 and 80 px', () => {
    for (const size of [16, 32, 64, 80]) {
      expect(pngSize(readFileSync(join(ROOT, `addin/assets/icon-${size}.png`)))).toEqual({ width: size, height: size });
    }
  });

  it('links a real help page for support and "learn more", and names no function file', () => {
    expect(manifest).toContain('<SupportUrl DefaultValue="https://localhost:3000/addin/help.html#support"/>');
    expect(manifest).toContain('<LearnMoreUrl resid="Help.Url"/>');
    expect(manifest).toContain('<bt:Url id="Help.Url" DefaultValue="https://localhost:3000/addin/help.html"/>');
    // A FunctionFile is for ExecuteFunction commands; the pane has none (it was the whole pane).
    expect(manifest).not.toContain('FunctionFile');
    const help = readFileSync(join(ROOT, 'addin/help.html'), 'utf8');
    expect(help).toContain('id="support"');
    expect(help).toContain('lang="zh-CN"');
  });

  it('is built with the help page next to the pane, where the manifest points', () => {
    const emitted: string[] = [];
    const plugin = addinAssets(ROOT);
    const generate = plugin.generateBundle as unknown as (this: { emitFile(f: { fileName: string }): void }) => void;
    generate.call({ emitFile: (f) => emitted.push(f.fileName) });
    expect(emitted).toContain('addin/help.html');
    expect(emitted).toContain('manifest.xml');
  });
});
