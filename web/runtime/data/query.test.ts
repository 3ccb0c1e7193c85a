import { describe, expect, it } from 'vitest';
import { queryString } from './query';

/** The parameters as the server decodes them. */
const decoded = (query: Parameters<typeof queryString>[0]) => decodeURIComponent(queryString(query));

describe('queryString', () => {
  it('asks for nothing without a query', () => {
    expect(queryString(undefined)).toBe('');
    expect(queryString({})).toBe('');
    expect(queryString({ where: {} })).toBe('');
  });

  it('sends a plain value as equals, and every operator in brackets', () => {
    expect(
      decoded({
        where: {
          topic: 3,
          done: false,
          status: { ne: 'closed' },
          votes: { gt: 1, gte: 2, lt: 10, lte: 9 },
          title: { contains: 'java' },
          tag: { in: ['a', 'b', 'c'] },
        },
      }),
    ).toBe(
      '?topic=3&done=false&status[ne]=closed&votes[gt]=1&votes[gte]=2&votes[lt]=10&votes[lte]=9' +
        '&title[contains]=java&tag[in]=a,b,c',
    );
  });

  it('encodes the brackets (Tomcat refuses them raw) and the values, not the commas between values', () => {
    expect(queryString({ where: { votes: { gte: 2 }, tag: { in: ['a&b', 'c,d'] } } })).toBe(
      '?votes%5Bgte%5D=2&tag%5Bin%5D=a%26b,c%2Cd',
    );
    expect(queryString({ where: { title: 'rock & roll?' } })).toBe('?title=rock%20%26%20roll%3F');
  });

  it("takes a list as 'any of', owner 'me' as the signed-in user's rows, and dates as ISO-8601", () => {
    const day = new Date('2026-12-06T07:00:00Z');
    expect(decoded({ where: { owner: 'me', status: ['open', 'new'], createdAt: { gte: day } } })).toBe(
      '?owner=me&status[in]=open,new&createdAt[gte]=2026-12-06T07:00:00.000Z',
    );
  });

  it('leaves out conditions that are undefined, and sends null as an empty value', () => {
    expect(decoded({ where: { a: undefined, b: { gte: undefined, lte: 3 }, parent: null } })).toBe('?b[lte]=3&parent=');
  });

  it('sends sort, limit, offset and cursor after the conditions', () => {
    expect(decoded({ where: { topic: 3 }, sort: '-votes,createdAt', limit: 20, offset: 40 })).toBe(
      '?topic=3&sort=-votes,createdAt&limit=20&offset=40',
    );
    expect(decoded({ sort: ['-votes', 'title'], limit: 0, cursor: 'eyJpZCI6MTJ9' })).toBe(
      '?sort=-votes,title&limit=0&cursor=eyJpZCI6MTJ9',
    );
    expect(queryString({ sort: '', cursor: null, offset: undefined })).toBe('');
  });
});
