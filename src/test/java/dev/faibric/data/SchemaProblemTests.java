package dev.faibric.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every kind of problem a schema can have, with its exact message. Inputs are JSON with '
 * for "; a line starting with "fields:" is a collection "posts" with those fields, one
 * starting with "access:" is {@link Schemas#applications} with that access. Several
 * problems are joined with " | ".
 */
class SchemaProblemTests {

    private static final String NAME_RULE = "must start with a lowercase letter and have only letters, digits and _"
            + " (at most 40 characters)";

    private static final String GRANTS = "public, signed-in, owner, admin or \"owner of <reference field>\"";

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
                    {'collections': {'posts': {'fields': {'title': {'type': 'text'}}, 'access': {'create': 'owner'}}}}  ~  posts: create cannot be 'owner': nobody owns a row before it exists; use signed-in, or "owner of <reference field>" for people who own the row it points to
                    {'collections': {'posts': {'fields': {'title': {'type': 'text'}}, 'access': {'update': 'everyone'}}}}  ~  posts: access "update" must be one of GRANTS, or a list of them, not "everyone"
                    {'collections': {'posts': {'fields': {'title': {'type': 'text'}}, 'access': {'read': 'owner of title'}}}}  ~  posts: access "read" says "owner of title", but title is a text field, not a reference to a row someone owns; it has no reference field to name
                    access: {'list': 'owner of jobb'}  ~  applications: access "list" says "owner of jobb", but applications has no field "jobb"; name one of its reference fields: job
                    access: {'list': 'owner of name'}  ~  applications: access "list" says "owner of name", but name is a text field, not a reference to a row someone owns; name one of its reference fields: job
                    access: {'list': 'owner of owner'}  ~  applications: access "list" says "owner of owner", but applications has no field "owner"; name one of its reference fields: job
                    access: {'update': 'owner of'}  ~  applications: access "update" must be one of GRANTS, or a list of them, not "owner of"
                    access: {'list': []}  ~  applications: access "list" must be one of GRANTS, or a list of them (any one suffices)
                    access: {'list': {'any': 'owner'}}  ~  applications: access "list" must be one of GRANTS, or a list of them (any one suffices)
                    access: {'list': ['owner', 'owner']}  ~  applications: access "list" lists "owner" twice
                    access: {'list': ['owner', 3]}  ~  applications: access "list" lists 3; each item must be one of GRANTS
                    access: {'list': ['public', 'owner of job']}  ~  applications: access "list" lists "public" with other rules; "public" already lets in everyone the others would, so give it alone
                    access: {'read': ['owner', 'signed-in']}  ~  applications: access "read" lists "signed-in" with other rules; "signed-in" already lets in everyone the others would, so give it alone
                    access: {'create': ['owner', 'owner of job']}  ~  applications: create cannot be 'owner': nobody owns a row before it exists; use signed-in, or "owner of <reference field>" for people who own the row it points to
                    access: {'delete': ['owner of job', 'owner of nope']}  ~  applications: access "delete" says "owner of nope", but applications has no field "nope"; name one of its reference fields: job
                    {'collections': {'posts': {'fields': {'title': {'type': 'text'}}, 'access': {'edit': 'owner'}}}}  ~  posts: unknown access action "edit"; the actions are list, read, create, update, delete
                    """)
    void namesTheProblem(String input, String expected) {
        String json = input.startsWith("fields:") ? Schemas.posts(input.substring("fields:".length()))
                : input.startsWith("access:") ? Schemas.applications(input.substring("access:".length()))
                        : input.replace('\'', '"');
        Outcome<AppSchema> outcome = AppSchema.parse(json);
        assertThat(outcome.ok()).isFalse();
        assertThat(String.join(" | ", outcome.texts()))
            .isEqualTo(expected.replace("NAME_RULE", NAME_RULE).replace("TYPES", TYPES).replace("GRANTS", GRANTS));
    }

}
