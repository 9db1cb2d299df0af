import { compile } from 'html-to-text';

const convert = compile({
  wordwrap: false,
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'ul', options: { itemPrefix: '- ' } },
    { selector: 'strong', format: 'inline' },
    { selector: 'b', format: 'inline' },
  ],
});

/**
 * Oro's documentation text (HTML fragments from the resources' `.md` docs, METADATA §2.2) as
 * plain text for GraphQL descriptions. Text without markup is returned trimmed and unchanged.
 */
export function plainDescription(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const plain = /<[a-zA-Z/][^>]*>|&[a-z#0-9]+;/.test(text) ? convert(text) : text;
  const out = plain.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  return out === '' ? undefined : out;
}
