// The tiny XML reader behind WebDAV listings (src/data/sync/xml.ts): what real servers send
// (Apache's lp1: prefixes, Nextcloud's d:, entities, CDATA), and anything a broken or hostile
// server sends is a SyntaxError, never another exception or a hang.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { child, childrenNamed, parseXml } from '../../src/data/sync/xml';

const APACHE = `<?xml version="1.0" encoding="utf-8"?>
<D:multistatus xmlns:D="DAV:" xmlns:ns0="DAV:">
<D:response xmlns:lp1="DAV:" xmlns:lp2="http://apache.org/dav/props/">
<D:href>/app/dev%20a/</D:href>
<D:propstat><D:prop><lp1:resourcetype><D:collection/></lp1:resourcetype></D:prop>
<D:status>HTTP/1.1 200 OK</D:status></D:propstat>
</D:response>
<D:response xmlns:lp1="DAV:">
<D:href>/app/dev%20a/1.bin</D:href>
<D:propstat><D:prop><lp1:resourcetype/><lp1:getcontentlength>42</lp1:getcontentlength>
<lp1:getetag>"2a-5f3c"</lp1:getetag></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat>
</D:response>
</D:multistatus>`;

describe('parseXml', () => {
  it('reads an Apache multistatus by local names, whatever the prefixes', () => {
    const root = parseXml(APACHE);
    expect(root.name).toBe('multistatus');
    const responses = childrenNamed(root, 'response');
    expect(responses.map((r) => child(r, 'href')?.text)).toEqual([
      '/app/dev%20a/',
      '/app/dev%20a/1.bin',
    ]);
    const prop = child(child(responses[1] ?? root, 'propstat') ?? root, 'prop') ?? root;
    expect(child(prop, 'getcontentlength')?.text).toBe('42');
    expect(child(prop, 'getetag')?.text).toBe('"2a-5f3c"');
  });

  it('decodes entities and numeric references, keeps CDATA, skips comments and a DOCTYPE', () => {
    const root = parseXml(
      '<!DOCTYPE x><d:a xmlns:d="DAV:"><!-- note --><d:b>&quot;W/1&quot; &amp; &#233;&#xE8;</d:b>' +
        '<d:c><![CDATA[<not a tag> & raw]]></d:c><d:e attr="a>b"/></d:a>',
    );
    expect(child(root, 'b')?.text).toBe('"W/1" & éè');
    expect(child(root, 'c')?.text).toBe('<not a tag> & raw');
    expect(child(root, 'e')).toMatchObject({ name: 'e', children: [] });
  });

  it('never expands an entity it does not know (no DOCTYPE entities)', () => {
    const root = parseXml('<!DOCTYPE a [<!ENTITY x "boom">]><a>&x;</a>');
    expect(root.text).not.toContain('boom');
  });

  it('refuses markup that does not close, or closes the wrong element', () => {
    for (const broken of ['<a><b></a>', '<a>', '<a', '', 'just text', '<a></a></b>', '<!-- x']) {
      expect(() => parseXml(broken), broken).toThrow(SyntaxError);
    }
  });

  it('any input is a tree or a SyntaxError, nothing else', () => {
    const pieces = fc.constantFrom(
      '<a>',
      '</a>',
      '<b/>',
      '<d:c x="1">',
      '</d:c>',
      '&amp;',
      '&#',
      '<![CDATA[',
      ']]>',
      '<!--',
      '-->',
      '<?x',
      '?>',
      'text',
      '"',
      "'",
      '>',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 30 }), (parts) => {
        try {
          expect(parseXml(parts.join('')).name).not.toBe('');
        } catch (error) {
          expect(error).toBeInstanceOf(SyntaxError);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
