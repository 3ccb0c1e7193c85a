import { collection } from 'faibric/data';
import type { Row } from 'faibric/data';

// The network's data: posts, likes (one per member and post) and follows (one per member
// and person followed), in the app's data API (see the "database" of template.json).
//
// A post also names its author's id in `author`, so lists can ask for the posts of the
// people someone follows (the data API filters on fields; of the server's own `owner` it
// filters only the signed-in user's rows). The browser writes `author`, so it is trusted
// only where it equals the server's `owner`: a post claiming another author is never shown.

export interface Post extends Row {
  body: string;
  image: string | null;
  author: number;
}

/** Whether a post is by the person it claims to be by. */
export function genuine(post: Post): boolean {
  return post.author === post.owner;
}

export interface Like extends Row {
  post: number;
}

export interface Follow extends Row {
  following: number;
  followingName: string | null;
}

export const posts = collection<Post>('posts');
export const likes = collection<Like>('likes');
export const follows = collection<Follow>('follows');

export const POST_MAX = 500;
export const PAGE = 20;

/** The people the signed-in member follows, and how to follow or unfollow someone. */
export interface Following {
  list: Follow[];
  ids: number[];
  of: (person: number | null) => Follow | undefined;
  toggle: (person: number, name: string | null) => Promise<void>;
}

export function followingOf(list: Follow[]): Following {
  return {
    list,
    ids: list.map((f) => f.following),
    of: (person) => list.find((f) => f.following === person),
    toggle: async (person, name) => {
      const existing = list.find((f) => f.following === person);
      if (existing) await follows.remove(existing.id);
      else await follows.create({ following: person, followingName: name });
    },
  };
}

export const NOBODY: Following = followingOf([]);

/** Likes per post of a page of posts, and the signed-in member's own like of each. */
export function likesOf(list: Like[], me: number | null): { count: (post: number) => number; mine: (post: number) => Like | undefined } {
  return {
    count: (post) => list.filter((l) => l.post === post).length,
    mine: (post) => (me === null ? undefined : list.find((l) => l.post === post && l.owner === me)),
  };
}
