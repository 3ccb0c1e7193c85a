package dev.faibric.composer;

import static dev.faibric.composer.RequestedFeature.CALENDAR;
import static dev.faibric.composer.RequestedFeature.CART;
import static dev.faibric.composer.RequestedFeature.CHARTS;
import static dev.faibric.composer.RequestedFeature.COMMENTS;
import static dev.faibric.composer.RequestedFeature.FILTERS;
import static dev.faibric.composer.RequestedFeature.FORM;
import static dev.faibric.composer.RequestedFeature.RATINGS;
import static dev.faibric.composer.RequestedFeature.SEARCH;
import static dev.faibric.composer.RequestedFeature.SORTING;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Writes a composed app's {@code App.tsx}: the header, then the sections its features
 * call for, in the order of its layout. Only the sections it uses are imported (and
 * shipped).
 */
final class ComposedAppCode {

    private ComposedAppCode() {
    }

    /** The sections ({@code sections/<name>.tsx}) an app with these features uses. */
    static List<String> sections(ComposedLayout layout, Set<RequestedFeature> features) {
        List<String> sections = new ArrayList<>();
        if (layout == ComposedLayout.WEBSITE) {
            sections.add("Hero");
        }
        if (charts(layout, features)) {
            sections.add("Charts");
        }
        if (features.contains(SEARCH) || features.contains(FILTERS) || features.contains(SORTING)) {
            sections.add("Toolbar");
        }
        sections.add("ItemCards");
        sections.add("ItemDetail");
        sections.add("Stars");
        if (features.contains(COMMENTS)) {
            sections.add("Comments");
        }
        if (features.contains(CALENDAR)) {
            sections.add("Upcoming");
        }
        if (features.contains(FORM)) {
            sections.add("ItemForm");
        }
        if (features.contains(CART)) {
            sections.add("Cart");
        }
        return sections;
    }

    static boolean charts(ComposedLayout layout, Set<RequestedFeature> features) {
        return layout == ComposedLayout.DASHBOARD || features.contains(CHARTS);
    }

    /**
     * The app; {@code shared} when its items are the data API's, with the account bar,
     * examples until the first item, and sign-in in place of what needs it.
     */
    static String app(ComposedLayout layout, Set<RequestedFeature> features, String heading, boolean shared) {
        List<String> sections = sections(layout, features);
        boolean cart = features.contains(CART);
        StringBuilder out = new StringBuilder();
        out.append("import { useState } from 'react';\n")
            .append("import { config } from './config';\n")
            .append("import { theme, usePageSetup } from './theme';\n")
            .append("import { useStore, view } from './items';\n")
            .append("import type { SortKey } from './items';\n")
            .append("import { ")
            .append(shared ? "aOrAn, " : "")
            .append(cart ? "button, heading" : "heading")
            .append(" } from './look';\n");
        if (shared) {
            out.append("import { spec } from './spec';\n")
                .append("import AccountBar from './components/AccountBar';\n")
                .append("import { SignInPrompt } from './components/SignInForm';\n")
                .append("import type { AuthMode } from './components/SignInForm';\n")
                .append("import { ErrorNotice, Loading } from './components/States';\n");
        }
        for (String section : sections) {
            if (!section.equals("Stars")) {
                out.append("import ")
                    .append(section)
                    .append(shared && section.equals("Comments") ? " from './components/" : " from './sections/")
                    .append(section)
                    .append("';\n");
            }
        }
        out.append("\n// Composed offline (no AI model) from the library's sections: ")
            .append(String.join(", ", sections.stream().filter(s -> !s.equals("Stars")).toList()))
            .append(shared
                    ? ".\n// What members add, rate and comment is shared through the app's data API (live); "
                            + "the cart is kept in this browser.\n"
                    : ".\n// What the visitor adds, rates, comments and orders is kept in this browser (localStorage).\n")
            .append("export default function App() {\n")
            .append("  usePageSetup();\n")
            .append("  const store = useStore();\n")
            .append("  const [query, setQuery] = useState('');\n")
            .append("  const [category, setCategory] = useState('all');\n")
            .append("  const [sort, setSort] = useState<SortKey>('newest');\n")
            .append("  const [open, setOpen] = useState<string | null>(null);\n")
            .append(shared ? "  const [panel, setPanel] = useState<AuthMode | null>(null);\n" : "")
            .append("  const item = store.find(open);\n")
            .append("  const visible = view(store.items, query, category, sort);\n");
        if (cart) {
            out.append("  const addToCart = (id: string) => store.setQuantity(id, (store.cart[id] ?? 0) + 1);\n")
                .append("  const inCart = Object.values(store.cart).reduce((sum, n) => sum + n, 0);\n");
        }
        out.append("  return (\n")
            .append("    <div style={{ minHeight: '100vh', background: theme.background, color: theme.text, fontFamily: theme.body }}>\n")
            .append("      <header style={{ background: theme.surface, borderBottom: `1px solid ${theme.border}` }}>\n")
            .append("        <div style={{ maxWidth: 1100, margin: '0 auto', padding: '18px clamp(16px, 3vw, 32px)', display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center', justifyContent: 'space-between' }}>\n")
            .append("          <div style={{ minWidth: 0 }}>\n")
            .append("            <h1 data-testid=\"app-title\" style={{ margin: 0, fontFamily: theme.heading, fontSize: 'clamp(24px, 3.6vw, 34px)', overflowWrap: 'anywhere' }}>{config.title}</h1>\n")
            .append("            <p style={{ margin: '4px 0 0', color: theme.muted }}>{config.tagline}</p>\n")
            .append("          </div>\n");
        if (shared) {
            out.append(
                    "          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 10, alignItems: 'center' }}>\n");
        }
        if (cart) {
            out.append(
                    "          <a href=\"#cart\" data-testid=\"cart-link\" style={{ ...button('primary', true), textDecoration: 'none' }}>Cart ({inCart})</a>\n");
        }
        if (shared) {
            out.append("          <AccountBar panel={panel} onPanel={setPanel} intro={`Members add ${spec.kinds}")
                .append(features.contains(COMMENTS) ? " and comment" : "")
                .append("; everyone sees them.`} />\n          </div>\n");
        }
        out.append("        </div>\n      </header>\n")
            .append("      <main id=\"main\" style={{ maxWidth: 1100, margin: '0 auto', padding: 'clamp(16px, 3vw, 32px)', display: 'grid', gap: 24, gridTemplateColumns: 'minmax(0, 1fr)' }}>\n");
        if (shared) {
            out.append("        {store.error && <ErrorNotice error={store.error} onRetry={store.reload} />}\n");
        }
        if (sections.contains("Hero")) {
            out.append(
                    "        <Hero count={store.items.length} onStart={() => document.getElementById('items')?.scrollIntoView({ behavior: 'smooth' })} />\n");
        }
        if (sections.contains("Charts")) {
            out.append("        <Charts items={store.items} />\n");
        }
        out.append(
                "        <section id=\"items\" aria-labelledby=\"items-title\" style={{ display: 'grid', gap: 16 }}>\n")
            .append("          <h2 id=\"items-title\" style={heading}>")
            .append(jsx(heading))
            .append("</h2>\n");
        if (shared) {
            out.append("          {store.examples && (\n")
                .append("            <p data-testid=\"examples-note\" style={{ margin: 0, color: theme.muted }}>Nobody has added {aOrAn(spec.kind)} yet, so these are examples. What members add is shared with everyone and takes their place.</p>\n")
                .append("          )}\n");
        }
        out.append("          {item ? (\n").append("            <ItemDetail item={item} onBack={() => setOpen(null)}");
        detailActions(out, features, shared);
        out.append(">\n");
        comments(out, features, shared);
        out.append("            </ItemDetail>\n          ) : ")
            .append(shared ? "store.loading ? (\n            <Loading what={spec.kinds} />\n          ) : " : "")
            .append("(\n            <>\n");
        if (sections.contains("Toolbar")) {
            out.append("              <Toolbar search={")
                .append(features.contains(SEARCH))
                .append("} filters={")
                .append(features.contains(FILTERS))
                .append("} sorting={")
                .append(features.contains(SORTING))
                .append("} query={query} onQuery={setQuery} category={category} onCategory={setCategory} sort={sort} onSort={setSort} />\n");
        }
        out.append("              <ItemCards items={visible} onOpen={setOpen}")
            .append(cart ? " onAddToCart={addToCart}" : "")
            .append(" />\n            </>\n          )}\n        </section>\n");
        if (sections.contains("Upcoming")) {
            out.append("        <Upcoming items={store.items} onOpen={setOpen} />\n");
        }
        if (sections.contains("ItemForm")) {
            out.append(shared ? "        {store.user ? (\n          <ItemForm onAdd={store.add} />\n        ) : (\n"
                    + "          <SignInPrompt text={`Sign up or log in to add ${aOrAn(spec.kind)}: what you add is shared with everyone.`} onSignIn={setPanel} />\n"
                    + "        )}\n" : "        <ItemForm onAdd={store.add} />\n");
        }
        if (cart) {
            out.append(
                    "        <div id=\"cart\">\n          <Cart cart={store.cart} find={(id) => store.find(id)} onQuantity={store.setQuantity} onCheckout={store.clearCart} />\n        </div>\n");
        }
        out.append("      </main>\n")
            .append("      <footer style={{ textAlign: 'center', padding: 24, color: theme.muted, fontSize: 14 }}>{config.title} · ")
            .append(shared ? "shared with every visitor" : "kept in this browser")
            .append("</footer>\n")
            .append("    </div>\n  );\n}\n");
        return out.toString();
    }

    /**
     * What a visitor may do with the open item: rate it, put it in the cart, delete it.
     */
    private static void detailActions(StringBuilder out, Set<RequestedFeature> features, boolean shared) {
        if (features.contains(RATINGS)) {
            out.append(shared
                    ? " onRate={item.example ? undefined : (rating) => (store.user ? store.rate(item.id, rating) : setPanel('signup'))}"
                    : " onRate={(rating) => store.rate(item.id, rating)}");
        }
        if (features.contains(CART)) {
            out.append(" onAddToCart={() => addToCart(item.id)}");
        }
        if (features.contains(FORM)) {
            out.append(shared
                    ? " onRemove={store.owns(item) ? () => { store.remove(item.id); setOpen(null); } : undefined}"
                    : " onRemove={() => { store.remove(item.id); setOpen(null); }}");
        }
    }

    /**
     * The open item's comments; for a shared example, what comes with the first real
     * item.
     */
    private static void comments(StringBuilder out, Set<RequestedFeature> features, boolean shared) {
        if (shared) {
            out.append("              {item.example ? (\n")
                .append("                <p data-testid=\"example-note\" style={{ margin: 0, color: theme.muted }}>This {spec.kind} is an example. Sign up and add the first real one")
                .append(features.contains(COMMENTS) && features.contains(RATINGS)
                        ? ": members can comment on and rate it"
                        : features.contains(COMMENTS) ? ": members can comment on it"
                                : features.contains(RATINGS) ? ": members can rate it" : "")
                .append(".</p>\n              ) : (\n")
                .append(features.contains(COMMENTS)
                        ? "                <Comments field=\"item\" target={Number(item.id)} onSignIn={setPanel} />\n"
                        : "                null\n")
                .append("              )}\n");
        }
        else if (features.contains(COMMENTS)) {
            out.append(
                    "              <Comments comments={store.comments.filter((c) => c.item === item.id)} onComment={(author, body) => store.comment(item.id, author, body)} />\n");
        }
    }

    /** Text as JSX children: without braces and angle brackets. */
    private static String jsx(String text) {
        return text.replaceAll("[{}<>]", "");
    }

}
