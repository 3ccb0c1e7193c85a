import { collection, useCollection } from 'faibric/data';
import type { Row } from 'faibric/data';

// Members' ratings of the items, one row per member and item (1 to 5 stars); an item shows
// the average of the newest 200 ratings, and a member who rates again changes theirs.

interface Rating extends Row {
  item: number;
  stars: number;
}

const rows = collection<Rating>('ratings');

export interface Ratings {
  /** The average rating of an item, to one decimal; 0 when nobody rated it. */
  of: (item: number) => number;
  rate: (item: number, stars: number) => Promise<unknown>;
}

export function useRatings(me: number | null): Ratings {
  const { items } = useCollection<Rating>('ratings', { sort: '-createdAt', limit: 200 });
  return {
    of: (item) => {
      const stars = items.filter((r) => r.item === item).map((r) => r.stars);
      return stars.length === 0 ? 0 : Math.round((stars.reduce((sum, n) => sum + n, 0) / stars.length) * 10) / 10;
    },
    rate: (item, stars) => {
      const mine = me === null ? undefined : items.find((r) => r.item === item && r.owner === me);
      return mine ? rows.update(mine.id, { stars }) : rows.create({ item, stars });
    },
  };
}
