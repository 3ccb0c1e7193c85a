package dev.faibric.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SchemaChangeTests {

    private static AppSchema schema(String json) {
        return AppSchema.parse(json.replace('\'', '"')).orThrow();
    }

    @Test
    void addsAFieldAndKeepsARemovedOneHidden() {
        AppSchema old = schema(Schemas.posts("'title': {'type': 'text'}, 'category': {'type': 'text'}"));
        AppSchema next = schema(Schemas.posts("'title': {'type': 'text'}, 'solved': {'type': 'boolean'}"));
        SchemaChange change = SchemaChange.between(old, next);
        assertThat(change.addedFields()).containsExactly("posts.solved");
        assertThat(change.hiddenFields()).containsExactly("posts.category");
        assertThat(change.summary()).isEqualTo(
                "Added field posts.solved; kept posts.category hidden because the new version no longer has it.");
    }

    @Test
    void listsCollectionsAddedAndHiddenAndTypeChanges() {
        AppSchema old = schema("""
                {'collections': {
                  'posts': {'fields': {'title': {'type': 'text'}, 'votes': {'type': 'text'}, 'a': {'type': 'text'},
                                       'b': {'type': 'text'}}},
                  'tags': {'fields': {'name': {'type': 'text'}}}}}
                """);
        AppSchema next = schema("""
                {'collections': {
                  'posts': {'fields': {'title': {'type': 'longtext'}, 'votes': {'type': 'number'}}},
                  'topics': {'fields': {'name': {'type': 'text'}}}}}
                """);
        SchemaChange change = SchemaChange.between(old, next);
        assertThat(change.incompatible()).extracting(SchemaChange.TypeChange::field).containsExactly("posts.votes");
        assertThat(change.summary()).isEqualTo("Added collection topics; kept collection tags hidden because the new"
                + " version no longer has it; kept posts.a and posts.b hidden because the new version no longer has"
                + " them; changed posts.title from text to longtext; changed posts.votes from text to number, which"
                + " existing values cannot convert to.");
    }

    @Test
    void saysSoWhenNothingChanged() {
        SchemaChange change = SchemaChange.between(Schemas.example(), Schemas.example());
        assertThat(change.isEmpty()).isTrue();
        assertThat(change.summary()).isEqualTo("No change to the data model.");
    }

}
