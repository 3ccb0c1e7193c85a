import { useState } from 'react';
import { theme, alpha, onColor } from '../theme';
import { scaleLine, totalTime } from '../recipes';
import type { Recipe } from '../recipes';

interface RecipeDetailProps {
  recipe: Recipe;
  onBack: (() => void) | null;
  onFavourite: () => void;
  onEdit: () => void;
  onDelete: () => void;
}

export default function RecipeDetail({ recipe, onBack, onFavourite, onEdit, onDelete }: RecipeDetailProps) {
  const [servings, setServings] = useState<number>(recipe.servings);
  const [have, setHave] = useState<Set<number>>(() => new Set());
  const [doneSteps, setDoneSteps] = useState<Set<number>>(() => new Set());
  const [confirming, setConfirming] = useState<boolean>(false);
  const factor = servings / recipe.servings;

  const toggle = (set: Set<number>, i: number) => {
    const next = new Set(set);
    if (next.has(i)) next.delete(i);
    else next.add(i);
    return next;
  };
  const ghost = { padding: '8px 14px', borderRadius: 10, border: `1px solid ${theme.border}`, background: theme.surface, color: theme.text, fontWeight: 600, fontSize: 14, cursor: 'pointer', fontFamily: theme.body } as const;
  const stepBtn = { width: 34, height: 34, borderRadius: 10, border: `1px solid ${theme.border}`, background: theme.surface, color: theme.text, fontSize: 18, fontWeight: 700, cursor: 'pointer', padding: 0 } as const;

  return (
    <article data-testid="recipe-detail" aria-labelledby="recipe-title" style={{ background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: theme.radius + 6, boxShadow: theme.shadow, overflow: 'hidden', minWidth: 0 }}>
      <div style={{ background: theme.primaryGradient, color: theme.onPrimary, padding: 'clamp(18px, 3vw, 28px)', position: 'relative' }}>
        {onBack && (
          <button type="button" data-testid="back" onClick={onBack} style={{ marginBottom: 12, padding: '6px 12px', borderRadius: 999, border: `1px solid ${alpha(theme.onPrimary, 0.4)}`, background: alpha(theme.onPrimary, 0.12), color: theme.onPrimary, fontWeight: 600, fontSize: 14, cursor: 'pointer', fontFamily: theme.body }}>
            ← All recipes
          </button>
        )}
        <div style={{ display: 'flex', gap: 16, alignItems: 'flex-start' }}>
          <span aria-hidden="true" style={{ fontSize: 'clamp(44px, 7vw, 60px)', lineHeight: 1 }}>{recipe.emoji}</span>
          <div style={{ flex: 1, minWidth: 0 }}>
            <div style={{ fontSize: 13, fontWeight: 700, textTransform: 'uppercase', letterSpacing: '0.06em', color: alpha(theme.onPrimary, 0.8) }}>{recipe.course}</div>
            <h2 id="recipe-title" style={{ margin: '2px 0 0', fontFamily: theme.heading, fontSize: 'clamp(24px, 3.6vw, 34px)', lineHeight: 1.15 }}>{recipe.title}</h2>
          </div>
          <button
            type="button"
            data-testid="favourite"
            aria-pressed={recipe.favourite}
            aria-label={recipe.favourite ? 'Remove from favourites' : 'Add to favourites'}
            onClick={onFavourite}
            style={{ width: 44, height: 44, borderRadius: '50%', border: `1px solid ${alpha(theme.onPrimary, 0.4)}`, background: recipe.favourite ? theme.onPrimary : alpha(theme.onPrimary, 0.12), color: recipe.favourite ? theme.primary : theme.onPrimary, fontSize: 22, cursor: 'pointer', flexShrink: 0 }}
          >
            {recipe.favourite ? '★' : '☆'}
          </button>
        </div>
        {recipe.description && <p style={{ margin: '14px 0 0', fontSize: 15, color: alpha(theme.onPrimary, 0.88), lineHeight: 1.5, maxWidth: 720 }}>{recipe.description}</p>}
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginTop: 16 }}>
          {[`⏱ ${totalTime(recipe)} total`, `🔪 ${recipe.prepMin} min prep`, `🔥 ${recipe.cookMin} min cooking`, ...recipe.tags.map((t) => `#${t}`)].map((label) => (
            <span key={label} style={{ padding: '4px 10px', borderRadius: 999, background: alpha(theme.onPrimary, 0.14), fontSize: 13, fontWeight: 600 }}>{label}</span>
          ))}
        </div>
      </div>

      <div style={{ padding: 'clamp(18px, 3vw, 28px)', display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 260px), 1fr))', gap: 'clamp(20px, 3vw, 32px)', alignItems: 'start' }}>
        <section aria-labelledby="ingredients-title">
          <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 10, marginBottom: 10, flexWrap: 'wrap' }}>
            <h3 id="ingredients-title" style={{ margin: 0, fontSize: 18, fontFamily: theme.heading }}>Ingredients</h3>
            <div style={{ display: 'inline-flex', alignItems: 'center', gap: 8 }}>
              <button type="button" aria-label="Fewer servings" data-testid="servings-down" disabled={servings <= 1} onClick={() => setServings((s) => Math.max(1, s - 1))} style={{ ...stepBtn, opacity: servings <= 1 ? 0.4 : 1 }}>−</button>
              <span data-testid="servings" style={{ minWidth: 76, textAlign: 'center', fontWeight: 700, fontSize: 14 }}>{servings} {servings === 1 ? 'serving' : 'servings'}</span>
              <button type="button" aria-label="More servings" data-testid="servings-up" disabled={servings >= 48} onClick={() => setServings((s) => Math.min(48, s + 1))} style={stepBtn}>+</button>
            </div>
          </div>
          <ul data-testid="ingredients" style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 4 }}>
            {recipe.ingredients.map((line, i) => {
              const { amount, rest } = scaleLine(line, factor);
              const checked = have.has(i);
              return (
                <li key={`${i}-${line}`}>
                  <label style={{ display: 'flex', gap: 10, alignItems: 'flex-start', padding: '7px 8px', borderRadius: 10, background: checked ? 'transparent' : theme.subtle, cursor: 'pointer' }}>
                    <input type="checkbox" checked={checked} onChange={() => setHave((s) => toggle(s, i))} style={{ width: 18, height: 18, marginTop: 2, accentColor: theme.primary, flexShrink: 0 }} />
                    <span style={{ fontSize: 15, lineHeight: 1.45, color: checked ? theme.muted : theme.text, textDecoration: checked ? 'line-through' : 'none' }}>
                      {amount && <strong>{amount}</strong>}
                      {rest}
                    </span>
                  </label>
                </li>
              );
            })}
          </ul>
          {factor !== 1 && (
            <p style={{ margin: '8px 0 0', fontSize: 13, color: theme.muted }}>
              Scaled from {recipe.servings} servings. <button type="button" onClick={() => setServings(recipe.servings)} style={{ border: 'none', background: 'none', padding: 0, color: theme.primaryOnSurface, fontWeight: 700, cursor: 'pointer', fontSize: 13, textDecoration: 'underline', fontFamily: theme.body }}>Reset</button>
            </p>
          )}
        </section>

        <section aria-labelledby="method-title">
          <h3 id="method-title" style={{ margin: '0 0 10px', fontSize: 18, fontFamily: theme.heading }}>Method</h3>
          <ol style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 10 }}>
            {recipe.steps.map((step, i) => {
              const done = doneSteps.has(i);
              return (
                <li key={`${i}-${step}`}>
                  <button
                    type="button"
                    aria-pressed={done}
                    onClick={() => setDoneSteps((s) => toggle(s, i))}
                    style={{ display: 'flex', gap: 12, alignItems: 'flex-start', width: '100%', padding: 0, border: 'none', background: 'none', color: done ? theme.muted : theme.text, textAlign: 'left', cursor: 'pointer', fontFamily: theme.body }}
                  >
                    <span aria-hidden="true" style={{ width: 28, height: 28, borderRadius: '50%', flexShrink: 0, display: 'grid', placeItems: 'center', fontWeight: 800, fontSize: 14, background: done ? theme.success : theme.tint, color: done ? onColor(theme.success) : theme.text }}>
                      {done ? '✓' : i + 1}
                    </span>
                    <span style={{ fontSize: 15, lineHeight: 1.55, paddingTop: 3 }}>{step}</span>
                  </button>
                </li>
              );
            })}
          </ol>
          <p style={{ margin: '12px 0 0', fontSize: 13, color: theme.muted }}>Tap a step to mark it done.</p>
        </section>
      </div>

      <footer style={{ padding: '14px clamp(18px, 3vw, 28px)', borderTop: `1px solid ${theme.border}`, display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
        <button type="button" data-testid="edit-recipe" onClick={onEdit} style={ghost}>✎ Edit</button>
        {confirming ? (
          <span style={{ display: 'inline-flex', alignItems: 'center', gap: 8, fontSize: 14 }}>
            Delete this recipe for good?
            <button type="button" data-testid="confirm-delete" onClick={onDelete} style={{ ...ghost, border: 'none', background: theme.danger, color: onColor(theme.danger) }}>Delete</button>
            <button type="button" onClick={() => setConfirming(false)} style={ghost}>Keep</button>
          </span>
        ) : (
          <button type="button" data-testid="delete-recipe" onClick={() => setConfirming(true)} style={{ ...ghost, color: theme.danger }}>🗑 Delete</button>
        )}
      </footer>
    </article>
  );
}
