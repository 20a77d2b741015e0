// Calls to Brink's JSON API. Errors arrive as RFC 7807 problems; their title and detail become the message.
export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || ('HTTP ' + status));
    this.status = status;
    this.problem = problem;
  }
}

async function parse(res) {
  const type = res.headers.get('content-type') || '';
  const body = type.includes('json') ? await res.json() : null;
  if (!res.ok) throw new ApiError(res.status, body);
  return body;
}

export async function get(path, params = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '' && v !== false) q.set(k, String(v));
  const qs = q.toString();
  return parse(await fetch('/api/' + path + (qs ? '?' + qs : ''), { headers: { accept: 'application/json' } }));
}

export async function post(path, body, apiKey) {
  const headers = { 'content-type': 'application/json', accept: 'application/json' };
  if (apiKey) headers['x-api-key'] = apiKey;
  return parse(await fetch('/api/' + path, { method: 'POST', headers, body: JSON.stringify(body) }));
}

/** Path segments are encoded; codes are letters and digits anyway, but nothing from a URL is trusted. */
export const seg = (v) => encodeURIComponent(String(v));

export const QUADS = ['verbal_cooperation', 'material_cooperation', 'verbal_conflict', 'material_conflict'];
export const MODALITIES = ['asserted', 'claimed', 'conditional', 'hypothetical', 'future', 'negated'];
export const TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN',
  'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];
