/**
 * A small XML reader for the add-in manifest: elements, attributes and text; comments, the XML
 * declaration and CDATA are skipped. It rejects what is not well-formed (unclosed or mismatched
 * tags, stray text outside the root), which is all the offline manifest check needs.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
  /** 1-based line of the start tag, for messages. */
  line: number;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e] ?? whole;
  });
}

export function parseXml(source: string): XmlElement {
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let i = 0;
  const lineAt = (pos: number) => source.slice(0, pos).split('\n').length;
  const fail = (message: string, pos: number): never => {
    throw new Error(`line ${lineAt(pos)}: ${message}`);
  };

  while (i < source.length) {
    const lt = source.indexOf('<', i);
    const text = source.slice(i, lt < 0 ? source.length : lt);
    if (text.trim()) {
      if (!stack.length) fail('text outside the root element', i);
      stack[stack.length - 1].text += decode(text);
    }
    if (lt < 0) break;
    if (source.startsWith('<!--', lt)) {
      const end = source.indexOf('-->', lt);
      if (end < 0) fail('unclosed comment', lt);
      i = end + 3;
    } else if (source.startsWith('<?', lt)) {
      const end = source.indexOf('?>', lt);
      if (end < 0) fail('unclosed declaration', lt);
      i = end + 2;
    } else if (source.startsWith('<![CDATA[', lt)) {
      const end = source.indexOf(']]>', lt);
      if (end < 0 || !stack.length) fail('misplaced CDATA', lt);
      stack[stack.length - 1].text += source.slice(lt + 9, end);
      i = end + 3;
    } else if (source.startsWith('</', lt)) {
      const end = source.indexOf('>', lt);
      const name = source.slice(lt + 2, end).trim();
      const open = stack.pop();
      if (!open || open.name !== name) fail(`</${name}> does not close <${open?.name ?? '(nothing)'}>`, lt);
      i = end + 1;
    } else {
      const m = /^<([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/.exec(source.slice(lt));
      if (!m) fail('malformed tag', lt);
      const [whole, name, attrText, selfClosing] = m!;
      const attributes: Record<string, string> = {};
      for (const a of attrText.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        if (a[1] in attributes) fail(`attribute ${a[1]} given twice`, lt);
        attributes[a[1]] = decode(a[2] ?? a[3] ?? '');
      }
      const element: XmlElement = { name, attributes, children: [], text: '', line: lineAt(lt) };
      if (stack.length) stack[stack.length - 1].children.push(element);
      else if (root) fail('a second root element', lt);
      else root = element;
      if (!selfClosing) stack.push(element);
      i = lt + whole.length;
    }
  }
  if (stack.length) fail(`<${stack[stack.length - 1].name}> is never closed`, source.length);
  if (!root) throw new Error('no root element');
  return root;
}

/** The element's name without its namespace prefix ("bt:Image" → "Image"). */
export function localName(element: XmlElement): string {
  return element.name.slice(element.name.indexOf(':') + 1);
}

/** Every element under `element` (itself included), depth first. */
export function* allElements(element: XmlElement): Generator<XmlElement> {
  yield element;
  for (const child of element.children) yield* allElements(child);
}
