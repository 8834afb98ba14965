/**
 * Test support: what a page would execute, found with a real HTML parser
 * (parse5, the one browsers' behaviour is specified by), not with regexes.
 */
import { parse } from 'parse5';

interface Node {
  nodeName: string;
  attrs?: Array<{ name: string; value: string }>;
  childNodes?: Node[];
  content?: Node;
}

export interface Finding {
  element: string;
  problem: string;
}

const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'srcset', 'poster', 'xlink:href', 'data']);
const DANGEROUS_URL = /^\s*(?:javascript|vbscript|data):/i;
const EMBEDDING = new Set(['iframe', 'object', 'embed', 'frame', 'frameset', 'base']);

/** Scripts that are ours: external files from /js/ or /pagefind/, and JSON data blocks (JSON-LD, the search page's bundle list), which never run. */
function isOwnScript(attrs: Map<string, string>): boolean {
  const src = attrs.get('src');
  if (src !== undefined) return /^\/(?:js|pagefind)\/[\w.-]+\.js$/.test(src);
  return attrs.get('type') === 'application/ld+json' || attrs.get('type') === 'application/json';
}

export function scanHtml(html: string): Finding[] {
  const findings: Finding[] = [];
  const visit = (node: Node): void => {
    const attrs = new Map((node.attrs ?? []).map((a) => [a.name.toLowerCase(), a.value]));
    const name = node.nodeName.toLowerCase();
    for (const [attr, value] of attrs) {
      if (attr.startsWith('on')) findings.push({ element: name, problem: `event handler ${attr}` });
      if (URL_ATTRIBUTES.has(attr) && DANGEROUS_URL.test(value)) findings.push({ element: name, problem: `${attr}=${value.slice(0, 40)}` });
    }
    if (name === 'script' && !isOwnScript(attrs)) findings.push({ element: name, problem: 'script not from the site' });
    if (EMBEDDING.has(name)) findings.push({ element: name, problem: 'embedded content' });
    if (name === 'meta' && attrs.get('http-equiv')?.toLowerCase() === 'refresh') findings.push({ element: name, problem: 'meta refresh' });
    for (const child of node.childNodes ?? []) visit(child);
    if (node.content) visit(node.content);
  };
  visit(parse(html) as unknown as Node);
  return findings;
}
