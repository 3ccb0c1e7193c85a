package dev.faibric.generation.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.project.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The data model checked beside the code: its problems are validation problems a model
 * repairs from, naming the collection and field.
 */
class DataModelCheckTests {

    static final String FORUM = """
            {"collections": {
              "posts": {"fields": {"title": {"type": "text", "required": true}, "body": {"type": "longtext"}}},
              "comments": {"fields": {"post": {"type": "reference", "collection": "posts"},
                                      "body": {"type": "longtext", "required": true}}}
            }}""";

    static final SourceFile APP = new SourceFile("App.tsx", """
            import { useCollection } from 'faibric/data';
            import type { Post } from './lib/data';
            export default function App() {
              const { items } = useCollection<Post>('posts', { sort: '-createdAt' });
              return <ul>{items.map((p) => <li key={p.id}>{p.title}</li>)}</ul>;
            }
            """);

    static final SourceFile DATA = new SourceFile("lib/data.ts", """
            import { collection } from "faibric/data";
            export type Post = { id: number; title: string };
            export const posts = collection<Post>("posts");
            export const comments = collection<{ id: number; body: string }>("comments");
            """);

    @Test
    void anAppWithoutDataIsNotChecked() {
        DataModelCheck.Result result = DataModelCheck.check(null, false,
                List.of(new SourceFile("App.tsx", "export default () => null;\n")));

        assertThat(result.dataBacked()).isFalse();
        assertThat(result.schema()).isNull();
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void aValidDataModelThatNamesEveryCollectionTheCodeUsesPasses() {
        DataModelCheck.Result result = DataModelCheck.check(FORUM, true, List.of(APP, DATA));

        assertThat(result.problems()).isEmpty();
        assertThat(result.dataBacked()).isTrue();
        assertThat(result.schema().collections()).extracting(c -> c.name()).containsExactly("posts", "comments");
    }

    @Test
    void aDataBackedAnswerWithoutADatabaseBlockIsAProblem() {
        assertThat(DataModelCheck.check(null, true, List.of(APP)).problems()).singleElement()
            .asString()
            .startsWith("the app keeps data on the server (requires_backend=\"true\") but the answer has no "
                    + "<database> block");
        assertThat(DataModelCheck.check("  ", false, List.of(APP, DATA)).problems()).singleElement()
            .asString()
            .startsWith("the app keeps data on the server (App.tsx imports 'faibric/data') but the answer has no "
                    + "<database> block")
            .contains("{\"collections\": {");
    }

    @Test
    void sqlOrTheOldTypeAndSchemaObjectIsAProblemThatSaysWhatFormatIsExpected() {
        for (String old : List.of("CREATE TABLE posts (id BIGSERIAL PRIMARY KEY, title VARCHAR(200));",
                "{\"type\": \"postgresql\", \"schema\": \"CREATE TABLE posts (id BIGSERIAL PRIMARY KEY);\"}",
                "{\"tables\": [{\"name\": \"posts\"}]}")) {
            DataModelCheck.Result result = DataModelCheck.check(old, true, List.of(APP));
            assertThat(result.problems()).as(old)
                .singleElement()
                .asString()
                .startsWith("<database>: holds SQL or a {\"type\": ...} object, which Faibric never runs")
                .contains("{\"collections\": {...}}");
            assertThat(result.schema()).isNull();
        }
    }

    @Test
    void everySchemaProblemIsReportedNamingItsCollectionAndField() {
        String wrong = """
                {"collections": {"posts": {"fields": {"title": {"type": "varchar"},
                                                      "createdAt": {"type": "datetime"}}}}}""";

        DataModelCheck.Result result = DataModelCheck.check(wrong, true, List.of(APP));

        assertThat(result.problems()).hasSize(2)
            .allSatisfy(p -> assertThat(p).startsWith("<database>: posts."))
            .anySatisfy(p -> assertThat(p).contains("posts.title"))
            .anySatisfy(p -> assertThat(p).contains("posts.createdAt"));
        assertThat(result.schema()).isNull();
        assertThat(result.dataBacked()).isTrue();
    }

    @Test
    void aCollectionTheCodeNamesThatTheSchemaDoesNotHaveIsAProblemOfThatFile() {
        SourceFile typo = new SourceFile("components/Thread.tsx", """
                import { useRow, useCollection, collection } from 'faibric/data';
                const replies = collection('replies');
                export default function Thread({ id }: { id: number }) {
                  const { row } = useRow('posts', id);
                  const { items } = useCollection<{ body: string }>(`comment`, { where: { post: id } });
                  const dynamic = collection(`${'po'}sts`);
                  return <p>{row?.title}{items.length}{String(replies)}{String(dynamic)}</p>;
                }
                """);

        DataModelCheck.Result result = DataModelCheck.check(FORUM, true, List.of(APP, typo));

        assertThat(result.problems()).containsExactly(
                "components/Thread.tsx: collection 'replies' is not in the <database> schema (it has posts, "
                        + "comments); use one of those or add 'replies' to <database>",
                "components/Thread.tsx: collection 'comment' is not in the <database> schema (it has posts, "
                        + "comments); use one of those or add 'comment' to <database>");
        assertThat(result.schema()).isNull();
    }

    @Test
    void aFileThatDoesNotImportTheClientIsNotReadForCollections() {
        SourceFile other = new SourceFile("lib/local.ts", "export const collection = (name: string) => name;\n"
                + "export const stamps = collection('stamps');\n");

        assertThat(DataModelCheck.check(FORUM, true, List.of(APP, other)).problems()).isEmpty();
    }

}
