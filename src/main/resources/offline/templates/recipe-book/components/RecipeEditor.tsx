import { useState } from 'react';
import type { CSSProperties, ReactNode } from 'react';
import { theme } from '../theme';
import { COURSES, EMOJIS, validate } from '../recipes';
import type { Course, Recipe, RecipeDraft } from '../recipes';

interface RecipeEditorProps {
  initial: Recipe | null;
  onSave: (draft: RecipeDraft) => void;
  onCancel: () => void;
}

const lines = (text: string) => text.split('\n').map((l) => l.replace(/^\s*(?:[-*•]|\d+[.)])\s*/, '').trim()).filter(Boolean);

export default function RecipeEditor({ initial, onSave, onCancel }: RecipeEditorProps) {
  const [title, setTitle] = useState<string>(initial?.title ?? '');
  const [emoji, setEmoji] = useState<string>(initial?.emoji ?? EMOJIS[0]);
  const [course, setCourse] = useState<Course>(initial?.course ?? 'Main');
  const [description, setDescription] = useState<string>(initial?.description ?? '');
  const [tags, setTags] = useState<string>(initial?.tags.join(', ') ?? '');
  const [prep, setPrep] = useState<string>(String(initial?.prepMin ?? 10));
  const [cook, setCook] = useState<string>(String(initial?.cookMin ?? 20));
  const [servings, setServings] = useState<string>(String(initial?.servings ?? 4));
  const [ingredients, setIngredients] = useState<string>(initial?.ingredients.join('\n') ?? '');
  const [steps, setSteps] = useState<string>(initial?.steps.join('\n') ?? '');
  const [submitted, setSubmitted] = useState<boolean>(false);

  const int = (v: string) => (/^\d+$/.test(v.trim()) ? Number(v.trim()) : Number.NaN);
  const draft: RecipeDraft = {
    title: title.trim(),
    emoji,
    course,
    description: description.trim(),
    tags: tags.split(',').map((t) => t.trim().toLowerCase().replace(/^#/, '')).filter(Boolean).slice(0, 8),
    prepMin: int(prep),
    cookMin: int(cook),
    servings: int(servings),
    ingredients: lines(ingredients),
    steps: lines(steps),
  };
  const errors = validate(draft);
  const show = (k: keyof typeof errors) => (submitted ? errors[k] : undefined);

  const input: CSSProperties = { width: '100%', boxSizing: 'border-box', padding: '10px 12px', borderRadius: 10, border: `2px solid ${theme.border}`, background: theme.background, color: theme.text, fontSize: 15, fontFamily: theme.body };
  const field = (id: string, label: string, control: ReactNode, error?: string, hint?: string) => (
    <div style={{ minWidth: 0 }}>
      <label htmlFor={id} style={{ display: 'block', fontWeight: 600, fontSize: 14, marginBottom: 6 }}>{label}</label>
      {control}
      {(error || hint) && <p role={error ? 'alert' : undefined} style={{ margin: '4px 0 0', fontSize: 13, color: error ? theme.danger : theme.muted }}>{error ?? hint}</p>}
    </div>
  );
  const bad = (e?: string): CSSProperties => (e ? { ...input, border: `2px solid ${theme.danger}` } : input);

  return (
    <form
      data-testid="recipe-editor"
      aria-label={initial ? 'Edit recipe' : 'New recipe'}
      onSubmit={(e) => {
        e.preventDefault();
        setSubmitted(true);
        if (Object.keys(errors).length === 0) onSave(draft);
      }}
      style={{ background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: theme.radius + 6, boxShadow: theme.shadow, padding: 'clamp(18px, 3vw, 28px)', display: 'grid', gap: 16, minWidth: 0 }}
    >
      <h2 style={{ margin: 0, fontFamily: theme.heading, fontSize: 24 }}>{initial ? `Edit “${initial.title}”` : 'New recipe'}</h2>
      {field('r-title', 'Name', <input id="r-title" data-testid="r-title" value={title} onChange={(e) => setTitle(e.target.value)} placeholder="e.g. Grandma’s apple crumble" style={bad(show('title'))} />, show('title'))}
      <div role="radiogroup" aria-label="Picture" style={{ display: 'flex', flexWrap: 'wrap', gap: 6 }}>
        {EMOJIS.map((e) => (
          <button key={e} type="button" role="radio" aria-checked={emoji === e} aria-label={`Picture ${e}`} onClick={() => setEmoji(e)} style={{ width: 40, height: 40, borderRadius: 10, border: `2px solid ${emoji === e ? theme.primary : 'transparent'}`, background: emoji === e ? theme.tint : theme.subtle, fontSize: 20, cursor: 'pointer', padding: 0 }}>
            {e}
          </button>
        ))}
      </div>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 110px), 1fr))', gap: 12 }}>
        {field('r-course', 'Course', (
          <select id="r-course" value={course} onChange={(e) => setCourse(e.target.value as Course)} style={input}>
            {COURSES.map((c) => (
              <option key={c} value={c}>{c}</option>
            ))}
          </select>
        ))}
        {field('r-prep', 'Prep (min)', <input id="r-prep" inputMode="numeric" value={prep} onChange={(e) => setPrep(e.target.value)} style={bad(show('times'))} />)}
        {field('r-cook', 'Cooking (min)', <input id="r-cook" inputMode="numeric" value={cook} onChange={(e) => setCook(e.target.value)} style={bad(show('times'))} />)}
        {field('r-servings', 'Servings', <input id="r-servings" data-testid="r-servings" inputMode="numeric" value={servings} onChange={(e) => setServings(e.target.value)} style={bad(show('servings'))} />)}
      </div>
      {(show('times') || show('servings')) && <p role="alert" style={{ margin: '-8px 0 0', fontSize: 13, color: theme.danger }}>{show('times') ?? show('servings')}</p>}
      {field('r-desc', 'Short description', <textarea id="r-desc" value={description} onChange={(e) => setDescription(e.target.value)} rows={2} placeholder="What makes it special?" style={{ ...input, resize: 'vertical' }} />)}
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 260px), 1fr))', gap: 12 }}>
        {field('r-ingredients', 'Ingredients', <textarea id="r-ingredients" data-testid="r-ingredients" value={ingredients} onChange={(e) => setIngredients(e.target.value)} rows={8} placeholder={'One per line, amount first:\n200 g flour\n1 1/2 tsp baking powder'} style={{ ...bad(show('ingredients')), resize: 'vertical' }} />, show('ingredients'), 'Start lines with the amount so they can be scaled.')}
        {field('r-steps', 'Method', <textarea id="r-steps" data-testid="r-steps" value={steps} onChange={(e) => setSteps(e.target.value)} rows={8} placeholder={'One step per line:\nHeat the oven to 180 °C.\nMix the dry ingredients.'} style={{ ...bad(show('steps')), resize: 'vertical' }} />, show('steps'))}
      </div>
      {field('r-tags', 'Tags', <input id="r-tags" value={tags} onChange={(e) => setTags(e.target.value)} placeholder="vegetarian, quick, family" style={input} />, undefined, 'Separate with commas.')}
      <div style={{ display: 'flex', gap: 10, flexWrap: 'wrap' }}>
        <button type="submit" data-testid="save-recipe" style={{ padding: '12px 22px', borderRadius: 12, border: 'none', background: theme.primary, color: theme.onPrimary, fontWeight: 800, fontSize: 16, cursor: 'pointer', fontFamily: theme.body }}>
          {initial ? 'Save changes' : 'Add recipe'}
        </button>
        <button type="button" onClick={onCancel} style={{ padding: '12px 18px', borderRadius: 12, border: `1px solid ${theme.border}`, background: 'transparent', color: theme.text, fontWeight: 600, fontSize: 16, cursor: 'pointer', fontFamily: theme.body }}>
          Cancel
        </button>
      </div>
    </form>
  );
}
