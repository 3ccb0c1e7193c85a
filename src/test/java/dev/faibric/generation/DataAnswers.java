package dev.faibric.generation;

/**
 * Answers of a model that builds apps keeping shared data: a gardening forum (posts and
 * comments through {@code faibric/data}), the repair of its data model, and changes.
 */
final class DataAnswers {

    static final String FORUM_SCHEMA = "{\"collections\": {\"posts\": {\"fields\": {\"title\": {\"type\": \"text\", "
            + "\"required\": true, \"max\": 200}, \"body\": {\"type\": \"longtext\", \"required\": true, \"max\": 4000}}, "
            + "\"access\": {\"list\": \"public\", \"read\": \"public\", \"create\": \"signed-in\", \"update\": \"owner\", "
            + "\"delete\": \"owner\"}}, \"comments\": {\"fields\": {\"post\": {\"type\": \"reference\", "
            + "\"collection\": \"posts\", \"required\": true}, \"body\": {\"type\": \"longtext\", \"required\": true, "
            + "\"max\": 2000}}}}}";

    private DataAnswers() {
    }

    /** The whole forum, with this {@code <database>}. */
    static String forum(String database) {
        return """
                Here is the forum.
                <faibric-app type="webapp" title="Ask the Garden" requires_backend="true">
                <description>A forum where gardeners ask questions and answer each other.</description>
                <file path="App.tsx">
                import { useCollection, useUser } from 'faibric/data';
                import { posts } from './lib/data';

                export default function App() {
                  const { items, loading, error } = useCollection('posts', { sort: '-createdAt' });
                  const { user } = useUser();
                  return (
                    <main style={{ fontFamily: 'system-ui, sans-serif', padding: 24 }}>
                      <h1>Ask the Garden</h1>
                      <p>{user ? 'Signed in as ' + user.email : 'Sign in to ask a question'}</p>
                      {loading ? <p>Loading questions…</p> : error ? <p>{error.message}</p> : (
                        <ul>{items.map((p) => <li key={p.id}>{p.title}</li>)}</ul>
                      )}
                      <p>Questions live in {posts.name}.</p>
                    </main>
                  );
                }
                </file>
                <file path="lib/data.ts">
                import { collection } from 'faibric/data';

                export const posts = collection('posts');
                export const comments = collection('comments');
                </file>
                <features>["Members ask questions", "Everyone answers"]</features>
                <database>
                %s
                </database>
                </faibric-app>
                """.formatted(database);
    }

    /** The repair of a forum whose body field and comments collection were wrong. */
    static String repair() {
        return """
                <edit path="lib/data.ts">
                <<<<<<< SEARCH
                export const comments = collection('answers');
                =======
                export const comments = collection('comments');
                >>>>>>> REPLACE
                </edit>
                <database>
                %s
                </database>
                <summary>Fixed the data model and the comments collection.</summary>
                """.formatted(FORUM_SCHEMA);
    }

    /** A change to the forum that brings this data model. */
    static String change(String database, String summary) {
        return """
                <edit path="App.tsx">
                <<<<<<< SEARCH
                      <h1>Ask the Garden</h1>
                =======
                      <h1>Ask the Garden</h1>
                      <p>Questions and answers from fellow gardeners.</p>
                >>>>>>> REPLACE
                </edit>
                <database>
                %s
                </database>
                <summary>%s</summary>
                """.formatted(database, summary);
    }

    /** A change to the forum's code alone. */
    static String headingEdit() {
        return """
                <edit path="App.tsx">
                <<<<<<< SEARCH
                      <h1>Ask the Garden</h1>
                =======
                      <h1>Garden Questions</h1>
                >>>>>>> REPLACE
                </edit>
                <summary>Renamed the heading.</summary>
                """;
    }

    /** The tip calculator's tips kept on the server for everyone. */
    static String sharedTips() {
        return """
                <file path="lib/tips.ts">
                import { collection } from 'faibric/data';

                export const tips = collection<{ amount: number; percent: number }>('tips');
                </file>
                <database>
                {"collections": {"tips": {"fields": {"amount": {"type": "number", "required": true},
                  "percent": {"type": "number", "required": true}}}}}
                </database>
                <summary>Tips are saved for everyone.</summary>
                """;
    }

}
