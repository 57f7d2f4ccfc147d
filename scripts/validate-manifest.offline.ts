import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allElements, localName, parseXml, type XmlElement } from './validate-manifest.xml-tree';

/**
 * The offline check of a task-pane manifest, used when the online validator cannot be
 * reached: the element order documented for OfficeApp (learn.microsoft.com, "How to find the
 * proper order of manifest elements"), a GUID id, https URLs, every resid defined, and the
 * icon files present at the size the manifest says.
 */
export interface ManifestProblem {
  line: number;
  message: string;
}

const OFFICE_APP_ORDER = [
  'Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl',
  'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions',
  'Dictionary', 'VersionOverrides', 'ExtendedOverrides',
];
const OFFICE_APP_REQUIRED = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'DefaultSettings', 'Permissions'];
const ORDER_OF: Record<string, string[]> = {
  DefaultSettings: ['SourceLocation', 'RequestedWidth', 'RequestedHeight'],
  Requirements: ['Sets', 'Methods'],
  VersionOverrides: ['Description', 'Requirements', 'Hosts', 'Resources', 'WebApplicationInfo', 'EquivalentAddins', 'VersionOverrides'],
  DesktopFormFactor: ['GetStarted', 'FunctionFile', 'ExtensionPoint'],
  Resources: ['Images', 'Urls', 'ShortStrings', 'LongStrings'],
  Group: ['Label', 'Icon', 'Control'],
  Control: ['Label', 'Supertip', 'Icon', 'Action'],
  Supertip: ['Title', 'Description'],
  GetStarted: ['Title', 'Description', 'LearnMoreUrl'],
};
const PERMISSIONS = ['Restricted', 'ReadDocument', 'ReadWriteDocument', 'WriteDocument', 'ReadAllDocument'];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const URL_ELEMENTS = ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'SourceLocation', 'Image', 'Url'];
const SHORT_STRING_MAX = 125;
const LONG_STRING_MAX = 250;

/** Children must follow `order`, each at most once unless repeatable, none unknown. */
function checkOrder(parent: XmlElement, order: string[], repeatable: string[], problems: ManifestProblem[]) {
  let last = -1;
  const seen = new Set<string>();
  for (const child of parent.children) {
    const name = localName(child);
    const at = order.indexOf(name);
    if (at < 0) {
      problems.push({ line: child.line, message: `<${name}> is not a valid child of <${localName(parent)}>` });
    } else if (at < last) {
      problems.push({ line: child.line, message: `<${name}> must come before <${order[last]}> in <${localName(parent)}>` });
    } else if (seen.has(name) && !repeatable.includes(name)) {
      problems.push({ line: child.line, message: `<${name}> appears twice in <${localName(parent)}>` });
    }
    last = Math.max(last, at);
    seen.add(name);
  }
}

/** Width and height of a PNG file, or null when it is not one. */
export function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = '89504e470d0a1a0a';
  if (bytes.length < 24 || bytes.subarray(0, 8).toString('hex') !== signature) return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** https://localhost:3000/addin/assets/icon-16.png → <root>/addin/assets/icon-16.png */
function checkIconFile(url: string, size: number | null, line: number, root: string, problems: ManifestProblem[]) {
  let path: string;
  try {
    path = join(root, decodeURIComponent(new URL(url).pathname));
  } catch {
    return;
  }
  if (!existsSync(path)) {
    problems.push({ line, message: `icon file missing: ${url} (looked for ${path})` });
    return;
  }
  const png = pngSize(readFileSync(path));
  if (!png) problems.push({ line, message: `icon is not a PNG: ${path}` });
  else if (size && (png.width !== size || png.height !== size)) {
    problems.push({ line, message: `icon ${path} is ${png.width}×${png.height}, the manifest says ${size}×${size}` });
  }
}

export function checkManifest(xml: string, root: string): ManifestProblem[] {
  let app: XmlElement;
  try {
    app = parseXml(xml);
  } catch (error) {
    return [{ line: 0, message: `not well-formed XML: ${(error as Error).message}` }];
  }
  const problems: ManifestProblem[] = [];
  if (app.name !== 'OfficeApp') return [{ line: app.line, message: `the root element is <${app.name}>, not <OfficeApp>` }];
  if (app.attributes['xsi:type'] !== 'TaskPaneApp') problems.push({ line: app.line, message: 'xsi:type must be "TaskPaneApp"' });
  if (app.attributes.xmlns !== 'http://schemas.microsoft.com/office/appforoffice/1.1') {
    problems.push({ line: app.line, message: 'xmlns must be http://schemas.microsoft.com/office/appforoffice/1.1' });
  }
  checkOrder(app, OFFICE_APP_ORDER, [], problems);
  const child = (name: string) => app.children.find((c) => localName(c) === name);
  for (const name of OFFICE_APP_REQUIRED) if (!child(name)) problems.push({ line: app.line, message: `<${name}> is required` });

  const id = child('Id')?.text.trim() ?? '';
  if (child('Id') && !GUID.test(id)) problems.push({ line: child('Id')!.line, message: `<Id> must be a GUID, not "${id}"` });
  const version = child('Version');
  if (version && !/^\d{1,5}(\.\d{1,5}){0,3}$/.test(version.text.trim())) problems.push({ line: version.line, message: '<Version> must look like 1.0.0.0' });
  const permissions = child('Permissions');
  if (permissions && !PERMISSIONS.includes(permissions.text.trim())) problems.push({ line: permissions.line, message: `unknown permission "${permissions.text.trim()}"` });
  if (!child('DefaultSettings')?.children.some((c) => localName(c) === 'SourceLocation')) {
    problems.push({ line: app.line, message: '<DefaultSettings> needs a <SourceLocation>' });
  }
  if (!child('Hosts')?.children.some((h) => h.attributes.Name === 'Workbook')) problems.push({ line: app.line, message: 'the add-in must be for <Host Name="Workbook"/>' });

  const resources = new Map<string, XmlElement>();
  const referenced: { resid: string; element: XmlElement }[] = [];
  for (const element of allElements(app)) {
    const name = localName(element);
    if (ORDER_OF[name] && element !== app) checkOrder(element, ORDER_OF[name], ['ExtensionPoint', 'Control', 'Image', 'Url', 'String', 'Set', 'Method'], problems);
    if (element.attributes.id && ['Image', 'Url', 'String'].includes(name)) {
      if (resources.has(element.attributes.id)) problems.push({ line: element.line, message: `resource id "${element.attributes.id}" defined twice` });
      resources.set(element.attributes.id, element);
    }
    if (element.attributes.resid) referenced.push({ resid: element.attributes.resid, element });
    const url = element.attributes.DefaultValue;
    if (URL_ELEMENTS.includes(name) && url !== undefined && !url.startsWith('https://')) {
      problems.push({ line: element.line, message: `<${name}> URL must use https: ${url}` });
    }
    if (name === 'AppDomain' && !element.text.trim().startsWith('https://')) problems.push({ line: element.line, message: `AppDomain must use https: ${element.text.trim()}` });
    if (name === 'String' && element.attributes.DefaultValue) {
      const max = /LongStrings$/.test(findParentName(app, element) ?? '') ? LONG_STRING_MAX : SHORT_STRING_MAX;
      if (element.attributes.DefaultValue.length > max) problems.push({ line: element.line, message: `string "${element.attributes.id}" is longer than ${max} characters` });
    }
  }
  for (const { resid, element } of referenced) {
    const resource = resources.get(resid);
    if (!resource) {
      problems.push({ line: element.line, message: `resid "${resid}" is not defined in <Resources>` });
    } else if (localName(resource) === 'Image' && resource.attributes.DefaultValue) {
      checkIconFile(resource.attributes.DefaultValue, Number(element.attributes.size) || null, resource.line, root, problems);
    }
  }
  for (const [name, size] of [['IconUrl', 32], ['HighResolutionIconUrl', 64]] as const) {
    const icon = child(name);
    if (icon?.attributes.DefaultValue?.startsWith('https://')) checkIconFile(icon.attributes.DefaultValue, size, icon.line, root, problems);
  }
  const unique = new Map(problems.map((p) => [`${p.line}:${p.message}`, p]));
  return [...unique.values()].sort((a, b) => a.line - b.line);
}

function findParentName(node: XmlElement, target: XmlElement): string | null {
  for (const child of node.children) {
    if (child === target) return node.name;
    const found = findParentName(child, target);
    if (found) return found;
  }
  return null;
}
