import { config } from './config';

export interface Question {
  id: number;
  category: string;
  text: string;
  options: string[];
  /** index into options */
  answer: number;
  explanation: string;
}

export const BANK: Question[] = [
  { id: 1, category: 'Science', text: 'Which planet has the most moons confirmed so far?', options: ['Jupiter', 'Saturn', 'Uranus', 'Neptune'], answer: 1, explanation: 'Saturn overtook Jupiter in 2023 and now has well over 140 confirmed moons.' },
  { id: 2, category: 'Geography', text: 'What is the capital of Canada?', options: ['Toronto', 'Vancouver', 'Ottawa', 'Montreal'], answer: 2, explanation: 'Ottawa was chosen as the capital in 1857, partly as a compromise between English and French Canada.' },
  { id: 3, category: 'Science', text: 'What gas do plants take in for photosynthesis?', options: ['Oxygen', 'Carbon dioxide', 'Nitrogen', 'Hydrogen'], answer: 1, explanation: 'Plants turn carbon dioxide and water into sugar using light, releasing oxygen.' },
  { id: 4, category: 'History', text: 'In which year did the first person walk on the Moon?', options: ['1965', '1969', '1972', '1975'], answer: 1, explanation: 'Neil Armstrong stepped onto the Moon on 20 July 1969 during Apollo 11.' },
  { id: 5, category: 'Art', text: 'Who painted “The Starry Night”?', options: ['Claude Monet', 'Pablo Picasso', 'Vincent van Gogh', 'Salvador Dalí'], answer: 2, explanation: 'Van Gogh painted it in 1889 from his window at the asylum in Saint-Rémy.' },
  { id: 6, category: 'Geography', text: 'Which is the longest river in South America?', options: ['Amazon', 'Paraná', 'Orinoco', 'São Francisco'], answer: 0, explanation: 'The Amazon is about 6,400 km long and carries more water than any other river.' },
  { id: 7, category: 'Science', text: 'How many bones are in the adult human body?', options: ['186', '206', '226', '256'], answer: 1, explanation: 'Babies are born with around 300 bones; many fuse, leaving 206 in adults.' },
  { id: 8, category: 'Language', text: 'Which language has the most native speakers?', options: ['English', 'Spanish', 'Hindi', 'Mandarin Chinese'], answer: 3, explanation: 'Mandarin has roughly 940 million native speakers; English leads only when learners are counted.' },
  { id: 9, category: 'Food', text: 'Which country is the origin of the croissant’s ancestor, the kipferl?', options: ['France', 'Austria', 'Italy', 'Belgium'], answer: 1, explanation: 'The crescent-shaped kipferl came from Austria; French bakers later made it with laminated dough.' },
  { id: 10, category: 'Sport', text: 'How many players does a football (soccer) team have on the pitch?', options: ['9', '10', '11', '12'], answer: 2, explanation: 'Each side fields eleven players, including the goalkeeper.' },
  { id: 11, category: 'Science', text: 'What is the chemical symbol for gold?', options: ['Go', 'Gd', 'Au', 'Ag'], answer: 2, explanation: 'Au comes from the Latin word for gold, aurum. Ag is silver.' },
  { id: 12, category: 'Geography', text: 'Which country has the most time zones, counting its territories?', options: ['Russia', 'United States', 'France', 'China'], answer: 2, explanation: 'Thanks to its overseas territories, France spans twelve time zones.' },
  { id: 13, category: 'Music', text: 'How many keys does a standard piano have?', options: ['76', '82', '88', '96'], answer: 2, explanation: 'A standard piano has 88 keys: 52 white and 36 black.' },
  { id: 14, category: 'History', text: 'Which ancient wonder stood in Alexandria?', options: ['The Colossus', 'The Lighthouse', 'The Hanging Gardens', 'The Mausoleum'], answer: 1, explanation: 'The Lighthouse of Alexandria (the Pharos) guided ships for over a thousand years.' },
  { id: 15, category: 'Nature', text: 'What is the fastest land animal?', options: ['Cheetah', 'Pronghorn', 'Lion', 'Greyhound'], answer: 0, explanation: 'Cheetahs reach about 100 km/h in short bursts.' },
  { id: 16, category: 'Technology', text: 'What does “HTTP” stand for?', options: ['HyperText Transfer Protocol', 'High Transfer Text Process', 'Hyperlink Text Transport Program', 'Host Transfer Text Protocol'], answer: 0, explanation: 'HTTP is the protocol browsers use to fetch web pages.' },
  { id: 17, category: 'Nature', text: 'How many hearts does an octopus have?', options: ['One', 'Two', 'Three', 'Eight'], answer: 2, explanation: 'Two hearts pump blood through the gills and a third through the rest of the body.' },
  { id: 18, category: 'Geography', text: 'Which desert is the largest hot desert in the world?', options: ['Gobi', 'Kalahari', 'Sahara', 'Arabian'], answer: 2, explanation: 'The Sahara covers about 9 million km². Antarctica is larger, but it is a cold desert.' },
  { id: 19, category: 'Science', text: 'At what temperature does water boil at sea level, in Fahrenheit?', options: ['180 °F', '200 °F', '212 °F', '232 °F'], answer: 2, explanation: 'Water boils at 100 °C, which is 212 °F, at standard atmospheric pressure.' },
  { id: 20, category: 'Literature', text: 'Who wrote “Pride and Prejudice”?', options: ['Charlotte Brontë', 'Jane Austen', 'Mary Shelley', 'George Eliot'], answer: 1, explanation: 'Jane Austen published it in 1813.' },
];

export const ROUND_LENGTH = 10;
export const SECONDS_PER_QUESTION = 20;

function shuffle<T>(items: T[]): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

/** A new round: random questions, each with its options shuffled (the answer index follows). */
export function newRound(): Question[] {
  return shuffle(BANK)
    .slice(0, ROUND_LENGTH)
    .map((q) => {
      const order = shuffle(q.options.map((_, i) => i));
      return { ...q, options: order.map((i) => q.options[i]), answer: order.indexOf(q.answer) };
    });
}

export interface AnswerRecord {
  question: Question;
  /** chosen option, or null when time ran out */
  chosen: number | null;
}

const BEST_KEY = `quiz-best:${config.title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

export function loadBest(): number {
  try {
    const v = Number(window.localStorage.getItem(BEST_KEY));
    return Number.isFinite(v) ? v : 0;
  } catch {
    return 0;
  }
}

export function saveBest(score: number): void {
  try {
    window.localStorage.setItem(BEST_KEY, String(score));
  } catch {
    // Without storage the best score only lasts for this visit.
  }
}
