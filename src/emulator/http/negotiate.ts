import { ApiError } from './apiError.ts';

const JSON_API = 'application/vnd.api+json';

interface MediaRange { type: string; params: string[] }

function parseList(header: string | undefined): MediaRange[] {
  if (!header) return [];
  return header.split(',').map((part) => {
    const [type, ...params] = part.split(';').map((s) => s.trim());
    return { type: (type ?? '').toLowerCase(), params: params.filter(Boolean) };
  }).filter((m) => m.type);
}

/**
 * Content negotiation of Oro's CheckRequestType (PROTOCOL §2.2): a JSON:API `Accept` entry
 * without parameters (only `q` tolerated), `Content-Type` exactly `application/vnd.api+json`
 * (any parameter, `charset` included, is a 415). Requests without any JSON:API media type would
 * be Oro's plain REST API, which the emulator does not serve: they get the 406 that Oro's plain
 * REST ValidateRequestType gives for a non-JSON `Accept`, as a plain REST error document
 * (exact for `Accept: text/html` etc.; a deviation for JSON-compatible or missing `Accept`,
 * where Oro would answer with a plain REST document).
 */
export function negotiate(accept: string | undefined, contentType: string | undefined, hasBody: boolean): void {
  const accepts = parseList(accept);
  const jsonApiAccepts = accepts.filter((m) => m.type === JSON_API);
  const ct = parseList(contentType)[0];
  if (ct && ct.type === JSON_API && ct.params.length > 0 && (hasBody || ct.params.length > 0)) {
    throw ApiError.of(415, 'unsupported media type http exception', 'The "Content-Type" request header should contain JSON:API media type without any parameters.');
  }
  if (jsonApiAccepts.length > 0) {
    if (!jsonApiAccepts.some((m) => m.params.every((p) => /^q=/i.test(p)))) {
      throw ApiError.of(406, 'not acceptable http exception', 'The "Accept" request header should contains at least one instance of JSON:API media type without any parameters.');
    }
    return;
  }
  if (ct && ct.type === JSON_API) {
    if (accepts.length > 0 && !accepts.some((m) => m.type === 'application/json' || m.type === 'application/*' || m.type === '*/*')) {
      throw ApiError.of(406, 'not acceptable http exception', 'The "Accept" request header does not accept JSON:API content type.');
    }
    return;
  }
  const e = ApiError.of(406, 'not acceptable http exception', 'Only JSON representation of the requested resource is supported.');
  e.plainRest = true;
  throw e;
}
