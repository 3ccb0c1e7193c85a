package dev.faibric.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every kind of problem a schema can have, with its exact message. Inputs are JSON with '
 * for "; a line starting with "fields:" is a collection "posts" with those fields.
 * Several problems are joined with " | ".
 */
class SchemaProblemTests {

    private static final String NAME_RULE = "must start with a lowercase letter and have only letters, digits and _"
            + " (at most 40 characters)";

    private static final String TYPES = "text, longtext, number, boolean, datetime, enum, reference, url";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~',
            textBlock = """
                    {}  ~  schema: needs "collections", an object of collections by name
                    {'collections': []}  ~  schema: needs "collections", an object of collections by name
                    {'collections': {}}  ~  schema: needs at least one collection
                    {'collections': {'posts': {'fields': {'a': {'type': 'text'}}}}, 'version': 2}  ~  schema: unknown key "version"; a schema has only "collections"
                    {'collections': {'Posts': {'fields': {'a': {'type': 'text'}}}}}  ~  Posts: a collection name NAME_RULE
                    {'collections': {'posts': []}}  ~  posts: a collection must be an object with "fields"
                    {'collections': {'posts': {'feilds': {}}}}  ~  posts: unknown key "feilds"; a collection has "fields", "unique", "indexes" and "access" | posts: a collection needs "fields", an object of at least one field
                    fields:  ~  posts: a collection needs "fields", an object of at least one field
                    fields: 'Title': {'type': 'text'}  ~  posts.Title: a field name NAME_RULE
                    fields: 'my-title': {'type': 'text'}  ~  posts.my-title: a field name NAME_RULE
                    fields: 'id': {'type': 'number'}  ~  posts.id: "id" is set by the server; choose another name
                    fields: 'owner': {'type': 'text'}  ~  posts.owner: "owner" is set by the server; choose another name
                    fields: 'createdAt': {'type': 'datetime'}  ~  posts.createdAt: "createdAt" is set by the server; choose another name
                    fields: 'title': 'text'  ~  posts.title: a field must be an object with a "type"
                    fields: 'title': {'required': true}  ~  posts.title: needs a "type", one of TYPES
                    fields: 'title': {'type': 'string'}  ~  posts.title: unknown type "string"; use one of TYPES
                    fields: 'title': {'type': 'text', 'requried': true}  ~  posts.title: unknown key "requried"
                    fields: 'solved': {'type': 'boolean', 'max': 1}  ~  posts.solved: "max" does not apply to a boolean
                    fields: 'votes': {'type': 'number', 'values': ['a']}  ~  posts.votes: "values" does not apply to a number
                    fields: 'tag': {'type': 'enum', 'values': ['a'], 'collection': 'tags'}  ~  posts.tag: "collection" does not apply to an enum
                    fields: 'title': {'type': 'text', 'required': 'yes'}  ~  posts.title: "required" must be true or false
                    fields: 'title': {'type': 'text', 'unique': 1}  ~  posts.title: "unique" must be true or false
                    fields: 'title': {'type': 'text', 'max': 5000}  ~  posts.title: "max" must be a whole number from 1 to 1000
                    fields: 'body': {'type': 'longtext', 'max': 2.5}  ~  posts.body: "max" must be a whole number from 1 to 100000
                    fields: 'title': {'type': 'text', 'min': -1}  ~  posts.title: "min" must be a whole number from 0 to 1000
                    fields: 'votes': {'type': 'number', 'min': '0'}  ~  posts.votes: "min" must be a number
                    fields: 'votes': {'type': 'number', 'min': 5, 'max': 1}  ~  posts.votes: "min" must not be greater than "max"
                    fields: 'tag': {'type': 'enum'}  ~  posts.tag: an enum needs "values", a list of strings
                    fields: 'tag': {'type': 'enum', 'values': [1, 2]}  ~  posts.tag: an enum needs "values", a list of strings
                    fields: 'tag': {'type': 'enum', 'values': []}  ~  posts.tag: "values" must not be empty
                    fields: 'tag': {'type': 'enum', 'values': ['idea', 'bug', 'idea']}  ~  posts.tag: "values" lists "idea" twice
                    fields: 'topic': {'type': 'reference'}  ~  posts.topic: a reference needs "collection", the name of a collection in this schema
                    fields: 'topic': {'type': 'reference', 'collection': 'topic'}  ~  posts.topic: refers to collection "topic", which this schema does not have
                    fields: 'votes': {'type': 'number', 'default': '0'}  ~  posts.votes: the default must be a number
                    fields: 'votes': {'type': 'number', 'min': 0, 'default': -1}  ~  posts.votes: the default must be at least 0
                    fields: 'tag': {'type': 'enum', 'values': ['question', 'idea'], 'default': 'bug'}  ~  posts.tag: the default must be one of: question, idea
                    fields: 'title': {'type': 'text', 'max': 3, 'default': 'long'}  ~  posts.title: the default must be at most 3 characters (it has 4)
                    fields: 'link': {'type': 'url', 'default': 'ftp://example.com'}  ~  posts.link: the default must be an http or https URL
                    fields: 'due': {'type': 'datetime', 'default': 'soon'}  ~  posts.due: the default must be an ISO-8601 date-time such as 2026-03-01T12:00:00Z
                    {'collections': {'posts': {'fields': {'title': {'type': 'text'}}, 'unique': [['name']]}}}  ~  posts: "unique" names field "name", which posts does not have
                    {'collections': {'posts': {'fields': {'title': {'type': 'text'}}, 'indexes': ['title']}}}  ~  posts: "indexes" must be a list of non-empty lists of field names
                    {'collections': {'posts': {'fields': {'title': {'type': 'text'}}, 'indexes': [[]]}}}  ~  posts: "indexes" must be a list of non-empty lists of field names
                    {'collections': {'posts': {'fields': {'title': {'type': 'text'}}, 'access': 'public'}}}  ~  posts: "access" must be an object from action to who may do it
                    {'collections': {'posts': {'fields': {'title': {'type': 'text'}}, 'access': {'create': 'owner'}}}}  ~  posts: create cannot be 'owner': nobody owns a row before it exists; use signed-in
                    {'collections': {'posts': {'fields': {'title': {'type': 'text'}}, 'access': {'update': 'everyone'}}}}  ~  posts: access "update" must be one of public, signed-in, owner, admin
                    {'collections': {'posts': {'fields': {'title': {'type': 'text'}}, 'access': {'edit': 'owner'}}}}  ~  posts: unknown access action "edit"; the actions are list, read, create, update, delete
                    """)
    void namesTheProblem(String input, String expected) {
        String json = input.startsWith("fields:") ? Schemas.posts(input.substring("fields:".length()))
                : input.replace('\'', '"');
        Outcome<AppSchema> outcome = AppSchema.parse(json);
        assertThat(outcome.ok()).isFalse();
        assertThat(String.join(" | ", outcome.texts()))
            .isEqualTo(expected.replace("NAME_RULE", NAME_RULE).replace("TYPES", TYPES));
    }

}
