// A tiny XML reader for WebDAV multistatus answers, used everywhere instead of DOMParser:
// DOMParser does not exist in workers (where a background sync may run) nor in Node, and one
// reader means the tests exercise exactly what the app runs. It keeps elements by local name
// (namespace prefixes dropped: Apache writes DAV properties as lp1:getetag, others as d: or D:),
// decodes the five entities and numeric references, reads CDATA, and skips comments, processing
// instructions and a DOCTYPE (no entity is ever expanded from one). No regular expressions.

export interface XmlElement {
  readonly name: string;
  readonly children: XmlElement[];
  text: string;
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decode(text: string): string {
  let out = '';
  let at = 0;
  for (;;) {
    const amp = text.indexOf('&', at);
    const semi = amp < 0 ? -1 : text.indexOf(';', amp);
    if (amp < 0 || semi < 0) return out + text.slice(at);
    const ref = text.slice(amp + 1, semi);
    let char = NAMED[ref];
    if (char === undefined && ref.startsWith('#')) {
      const code = ref[1] === 'x' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      char =
        Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    out += text.slice(at, amp) + (char ?? text.slice(amp, semi + 1));
    at = semi + 1;
  }
}

/** The end of a tag starting at `from`: the first '>' outside a quoted attribute value. */
function tagEnd(xml: string, from: number): number {
  let quote = '';
  for (let i = from; i < xml.length; i++) {
    const c = xml[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i;
  }
  return -1;
}

function localName(tag: string): string {
  let end = 0;
  while (end < tag.length && !' \t\r\n/>'.includes(tag[end] ?? ' ')) end++;
  const name = tag.slice(0, end);
  return name.slice(name.indexOf(':') + 1);
}

/** The document's root element; throws SyntaxError on markup it cannot follow. */
export function parseXml(xml: string): XmlElement {
  const top: XmlElement = { name: '', children: [], text: '' };
  const stack: XmlElement[] = [top];
  let at = 0;
  const fail = (why: string) => new SyntaxError(`Unreadable XML (${why}) at ${at}`);
  while (at < xml.length) {
    const open = xml.indexOf('<', at);
    const current = stack[stack.length - 1] as XmlElement;
    current.text += decode(xml.slice(at, open < 0 ? xml.length : open));
    if (open < 0) break;
    at = open;
    const skipTo = (marker: string) => {
      const end = xml.indexOf(marker, at);
      if (end < 0) throw fail(`no ${marker}`);
      return end;
    };
    if (xml.startsWith('<?', at)) at = skipTo('?>') + 2;
    else if (xml.startsWith('<!--', at)) at = skipTo('-->') + 3;
    else if (xml.startsWith('<![CDATA[', at)) {
      const end = skipTo(']]>');
      current.text += xml.slice(at + 9, end);
      at = end + 3;
    } else if (xml.startsWith('<!', at)) at = skipTo('>') + 1;
    else {
      const end = tagEnd(xml, at);
      if (end < 0) throw fail('tag not closed');
      const body = xml.slice(at + 1, end);
      at = end + 1;
      if (body.startsWith('/')) {
        if (stack.length < 2 || current.name !== localName(body.slice(1))) throw fail('end tag');
        stack.pop();
        continue;
      }
      const element: XmlElement = { name: localName(body), children: [], text: '' };
      if (!element.name) throw fail('no name');
      current.children.push(element);
      if (!body.endsWith('/')) stack.push(element);
    }
  }
  const root = top.children[0];
  if (stack.length !== 1 || !root) throw fail('document not complete');
  return root;
}

/** Direct children named `name`. */
export const childrenNamed = (el: XmlElement, name: string) =>
  el.children.filter((c) => c.name === name);

/** The first direct child named `name`. */
export const child = (el: XmlElement, name: string) => el.children.find((c) => c.name === name);
