// The Faibric data client for an app's server code: the same collection API as the pages'
// `faibric/data`, acting as the app's server (every rule passes, as for the app's admin).
// It reaches the platform's data API with the key this container was started with.
import http from 'node:http';
import https from 'node:https';

export class DataError extends Error {
  constructor(status, message) {
    super(message);
    this.name = 'DataError';
    this.status = status;
  }
}

const base = new URL(process.env.FAIBRIC_DATA_URL || 'http://127.0.0.1:8080');
const appHost = process.env.FAIBRIC_APP_HOST || '';
const key = process.env.FAIBRIC_SERVER_KEY || '';

const text = (value) => (value instanceof Date ? value.toISOString() : value == null ? '' : String(value));
const encoded = (value) => encodeURIComponent(text(value));

function queryString(query) {
  const parts = [];
  for (const [field, condition] of Object.entries(query?.where ?? {})) {
    const name = encodeURIComponent(field);
    if (condition === undefined) continue;
    if (Array.isArray(condition)) parts.push(`${name}%5Bin%5D=${condition.map(encoded).join(',')}`);
    else if (condition !== null && typeof condition === 'object' && !(condition instanceof Date)) {
      for (const [op, value] of Object.entries(condition)) {
        if (value === undefined) continue;
        const values = Array.isArray(value) ? value : [value];
        parts.push(`${name}%5B${encodeURIComponent(op)}%5D=${values.map(encoded).join(',')}`);
      }
    } else parts.push(`${name}=${encoded(condition)}`);
  }
  const sort = query?.sort;
  if (sort && sort.length > 0) parts.push(`sort=${(typeof sort === 'string' ? sort.split(',') : sort).map(encoded).join(',')}`);
  if (query?.limit != null) parts.push(`limit=${encoded(query.limit)}`);
  if (query?.offset != null) parts.push(`offset=${encoded(query.offset)}`);
  if (query?.cursor) parts.push(`cursor=${encoded(query.cursor)}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

function request(method, path, body) {
  const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
  const transport = base.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = transport.request({
      hostname: base.hostname,
      port: base.port || (base.protocol === 'https:' ? 443 : 80),
      path,
      method,
      headers: {
        host: appHost,
        authorization: `Bearer ${key}`,
        accept: 'application/json',
        ...(payload ? { 'content-type': 'application/json', 'content-length': payload.length } : {}),
      },
      timeout: 10000,
    }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        let json;
        try { json = raw ? JSON.parse(raw) : undefined; } catch { json = undefined; }
        if (res.statusCode === 204) return resolve(undefined);
        if (res.statusCode >= 400) {
          return reject(new DataError(res.statusCode, json?.detail || json?.title || `Request failed (${res.statusCode})`));
        }
        resolve(json);
      });
    });
    req.on('timeout', () => req.destroy(new Error('the data API did not answer in 10 s')));
    req.on('error', (error) => reject(new DataError(0, error.message)));
    if (payload) req.write(payload);
    req.end();
  });
}

const listPath = (name, query) => `/_api/data/${encodeURIComponent(name)}${queryString(query)}`;
const rowPath = (name, id) => `/_api/data/${encodeURIComponent(name)}/${encodeURIComponent(String(id))}`;

export function collection(name) {
  return {
    name,
    list: (query) => request('GET', listPath(name, query)),
    get: (id) => request('GET', rowPath(name, id)),
    create: (values) => request('POST', listPath(name), values),
    update: (id, values) => request('PATCH', rowPath(name, id), values),
    remove: (id) => request('DELETE', rowPath(name, id)),
  };
}

export const schema = () => request('GET', '/_api/schema');
