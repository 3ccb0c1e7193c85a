import { config } from './config';

export type CategoryId = 'animals' | 'countries' | 'food' | 'science' | 'sports';

export interface Entry {
  word: string;
  hint: string;
}

export const CATEGORIES: { id: CategoryId; label: string; icon: string; words: Entry[] }[] = [
  {
    id: 'animals',
    label: 'Animals',
    icon: '🦒',
    words: [
      { word: 'GIRAFFE', hint: 'The tallest land animal' },
      { word: 'PENGUIN', hint: 'A bird that swims but cannot fly' },
      { word: 'OCTOPUS', hint: 'Eight arms and three hearts' },
      { word: 'KANGAROO', hint: 'Carries its young in a pouch' },
      { word: 'HEDGEHOG', hint: 'Small, spiny and rolls into a ball' },
      { word: 'CHAMELEON', hint: 'Changes colour and moves its eyes independently' },
      { word: 'FLAMINGO', hint: 'Pink, and often stands on one leg' },
      { word: 'ARMADILLO', hint: 'Wears armour made of bony plates' },
      { word: 'SQUIRREL', hint: 'Buries nuts for the winter' },
      { word: 'DOLPHIN', hint: 'A clever marine mammal that clicks and whistles' },
      { word: 'TORTOISE', hint: 'Slow, and can live for more than a century' },
      { word: 'PELICAN', hint: 'Has a big pouch under its bill' },
      { word: 'WOLVERINE', hint: 'A fierce member of the weasel family' },
      { word: 'PLATYPUS', hint: 'A mammal that lays eggs and has a duck-like bill' },
      { word: 'CHEETAH', hint: 'The fastest land animal' },
      { word: 'SEAHORSE', hint: 'The father carries the eggs' },
    ],
  },
  {
    id: 'countries',
    label: 'Countries',
    icon: '🌍',
    words: [
      { word: 'PORTUGAL', hint: 'Lisbon is its capital' },
      { word: 'ARGENTINA', hint: 'Home of the tango' },
      { word: 'NORWAY', hint: 'Famous for its fjords' },
      { word: 'MOROCCO', hint: 'Marrakesh and the Atlas Mountains' },
      { word: 'VIETNAM', hint: 'Ha Long Bay and pho' },
      { word: 'ICELAND', hint: 'Land of fire and ice' },
      { word: 'NEW ZEALAND', hint: 'Kiwis, and a lot of sheep' },
      { word: 'KENYA', hint: 'Nairobi and the Maasai Mara' },
      { word: 'CANADA', hint: 'Maple syrup and ten provinces' },
      { word: 'PERU', hint: 'Machu Picchu' },
      { word: 'GREECE', hint: 'The Acropolis stands in its capital' },
      { word: 'MONGOLIA', hint: 'Steppes, yurts and Genghis Khan' },
      { word: 'INDONESIA', hint: 'More than 17,000 islands' },
      { word: 'SWITZERLAND', hint: 'Four official languages and many mountains' },
      { word: 'JAPAN', hint: 'Land of the rising sun' },
      { word: 'EGYPT', hint: 'Pyramids along the Nile' },
    ],
  },
  {
    id: 'food',
    label: 'Food',
    icon: '🍝',
    words: [
      { word: 'AVOCADO', hint: 'The main ingredient of guacamole' },
      { word: 'CROISSANT', hint: 'A flaky crescent-shaped pastry' },
      { word: 'LASAGNE', hint: 'Layers of pasta, sauce and cheese' },
      { word: 'PRETZEL', hint: 'A knotted, salty bake' },
      { word: 'PANCAKE', hint: 'Flipped in a frying pan' },
      { word: 'BROCCOLI', hint: 'A green vegetable that looks like a little tree' },
      { word: 'CINNAMON', hint: 'A warm spice made from tree bark' },
      { word: 'DUMPLING', hint: 'Dough wrapped around a filling' },
      { word: 'PINEAPPLE', hint: 'Spiky outside, sweet and yellow inside' },
      { word: 'RISOTTO', hint: 'Creamy Italian rice dish' },
      { word: 'BLUEBERRY', hint: 'A small, dark, sweet berry' },
      { word: 'HUMMUS', hint: 'A dip made from chickpeas' },
      { word: 'SPAGHETTI', hint: 'Long, thin pasta' },
      { word: 'OMELETTE', hint: 'Beaten eggs, folded in a pan' },
      { word: 'TORTILLA', hint: 'A thin, round flatbread' },
      { word: 'MACARON', hint: 'A colourful almond meringue sandwich' },
    ],
  },
  {
    id: 'science',
    label: 'Science',
    icon: '🔬',
    words: [
      { word: 'GRAVITY', hint: 'What keeps our feet on the ground' },
      { word: 'MOLECULE', hint: 'Two or more atoms bonded together' },
      { word: 'TELESCOPE', hint: 'Makes far-away things look closer' },
      { word: 'PHOTOSYNTHESIS', hint: 'How plants turn light into food' },
      { word: 'ELECTRON', hint: 'A negatively charged particle' },
      { word: 'VOLCANO', hint: 'A mountain that can erupt' },
      { word: 'GALAXY', hint: 'Billions of stars held together' },
      { word: 'MAGNET', hint: 'Attracts iron' },
      { word: 'OXYGEN', hint: 'The gas we need to breathe' },
      { word: 'FOSSIL', hint: 'Remains of ancient life preserved in rock' },
      { word: 'EVOLUTION', hint: 'Darwin’s big idea' },
      { word: 'CHROMOSOME', hint: 'Carries genes inside a cell' },
      { word: 'ECLIPSE', hint: 'When one body hides another in the sky' },
      { word: 'BACTERIA', hint: 'Tiny single-celled organisms' },
      { word: 'THERMOMETER', hint: 'Measures temperature' },
      { word: 'NEUTRON', hint: 'A particle with no charge' },
    ],
  },
  {
    id: 'sports',
    label: 'Sports',
    icon: '⚽',
    words: [
      { word: 'BASKETBALL', hint: 'Hoops and dribbling' },
      { word: 'BADMINTON', hint: 'Played with a shuttlecock' },
      { word: 'MARATHON', hint: 'A race of 42.195 kilometres' },
      { word: 'GYMNASTICS', hint: 'Beam, bars and floor routines' },
      { word: 'CRICKET', hint: 'Bats, wickets and sometimes five days' },
      { word: 'SURFING', hint: 'Riding waves on a board' },
      { word: 'FENCING', hint: 'Sword fighting with masks' },
      { word: 'ARCHERY', hint: 'Bows, arrows and a target' },
      { word: 'VOLLEYBALL', hint: 'Spike it over the net' },
      { word: 'TRIATHLON', hint: 'Swim, bike, run' },
      { word: 'ROWING', hint: 'Oars, a boat and a cox' },
      { word: 'SNOWBOARD', hint: 'One board, downhill, on snow' },
      { word: 'TABLE TENNIS', hint: 'Also called ping-pong' },
      { word: 'CYCLING', hint: 'The Tour de France' },
      { word: 'WRESTLING', hint: 'Grappling on a mat' },
      { word: 'HANDBALL', hint: 'Like football, but with hands' },
    ],
  },
];

export const MAX_WRONG = 6;
export const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');

/** A random word from the category, avoiding the ones played recently. */
export function pickWord(category: CategoryId, recent: string[]): Entry {
  const list = CATEGORIES.find((c) => c.id === category)?.words ?? CATEGORIES[0].words;
  const fresh = list.filter((e) => !recent.includes(e.word));
  const pool = fresh.length ? fresh : list;
  return pool[Math.floor(Math.random() * pool.length)];
}

export interface Stats {
  wins: number;
  losses: number;
  streak: number;
  bestStreak: number;
}

function slug(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'hangman';
}

const KEY = `hangman:${slug(config.title)}`;
const ZERO: Stats = { wins: 0, losses: 0, streak: 0, bestStreak: 0 };

export function loadStats(): Stats {
  try {
    const v = JSON.parse(window.localStorage.getItem(KEY) ?? 'null') as Partial<Stats> | null;
    if (!v) return ZERO;
    const n = (x: unknown) => (typeof x === 'number' && x >= 0 ? Math.floor(x) : 0);
    return { wins: n(v.wins), losses: n(v.losses), streak: n(v.streak), bestStreak: n(v.bestStreak) };
  } catch {
    return ZERO;
  }
}

export function saveStats(stats: Stats): boolean {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(stats));
    return true;
  } catch {
    return false;
  }
}
