package dev.faibric.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Access rules of several grants and {@code owner of <reference field>}: read, written
 * back as written, described to a model. Their problems are in
 * {@link SchemaProblemTests}.
 */
class AccessRuleTests {

    private static final String BOARD = Schemas.applications("""
            {'list': ['owner', 'owner of job'], 'read': ['owner', 'owner of job'],
             'create': 'signed-in', 'update': ['admin', 'owner of job'], 'delete': 'owner'}""");

    @Test
    void readsAListOfGrantsAndOwnerOfAReferenceField() {
        Access access = AppSchema.parse(BOARD).orThrow().collection("applications").orElseThrow().access();
        Access.Rule ownerOrEmployer = new Access.Rule(
                List.of(new Access.Grant(Access.Kind.OWNER, null), new Access.Grant(Access.Kind.OWNER_OF, "job")));
        assertThat(access.list()).isEqualTo(ownerOrEmployer);
        assertThat(access.read()).isEqualTo(ownerOrEmployer);
        assertThat(access.create()).isEqualTo(Access.Rule.SIGNED_IN);
        assertThat(access.update().grants()).extracting(Access.Grant::json).containsExactly("admin", "owner of job");
        assertThat(access.update().ownerOf()).containsExactly("job");
        assertThat(access.update().allows(Access.Kind.OWNER)).isFalse();
        assertThat(access.update().adminOnly()).isFalse();
        assertThat(access.delete()).isEqualTo(Access.Rule.OWNER);
    }

    @Test
    void aSingleStringMeansWhatItAlwaysMeant() {
        Access access = AppSchema.parse(Schemas.applications("{'list': 'owner', 'update': 'admin'}"))
            .orThrow()
            .collection("applications")
            .orElseThrow()
            .access();
        assertThat(access).isEqualTo(new Access(Access.Rule.OWNER, Access.Rule.PUBLIC, Access.Rule.SIGNED_IN,
                Access.Rule.ADMIN, Access.Rule.OWNER));
        assertThat(Access.Rule.ADMIN.adminOnly()).isTrue();
        assertThat(Access.Rule.SIGNED_IN.anySignedIn()).isTrue();
        assertThat(Access.Rule.SIGNED_IN.anyone()).isFalse();
    }

    @Test
    void ownerOfAloneIsAllowedForCreateAndEveryOtherAction() {
        Access access = AppSchema
            .parse(Schemas.applications("{'list': 'owner of job', 'read': 'owner of job', 'create': 'owner of job',"
                    + " 'update': 'owner of job', 'delete': 'owner of job'}"))
            .orThrow()
            .collection("applications")
            .orElseThrow()
            .access();
        Access.ACTIONS.forEach(action -> assertThat(access.rule(action)).isEqualTo(Access.Rule.ownerOf("job")));
    }

    @Test
    void writesOneGrantAsAStringAndSeveralAsAListAndReadsThemBack() {
        AppSchema schema = AppSchema.parse(BOARD).orThrow();
        String json = schema.toJson();
        assertThat(json.replaceAll("\\s+", ""))
            .contains("\"access\":{\"list\":[\"owner\",\"ownerofjob\"],\"read\":[\"owner\",\"ownerofjob\"],"
                    + "\"create\":\"signed-in\",\"update\":[\"admin\",\"ownerofjob\"],\"delete\":\"owner\"}");
        AppSchema again = AppSchema.parse(json).orThrow();
        assertThat(again).isEqualTo(schema);
        assertThat(again.toJson()).isEqualTo(json);
    }

    @Test
    void describesTheRuleToAModelAsWritten() {
        assertThat(AppSchema.parse(BOARD).orThrow().describe()).contains(
                "Access: list owner or owner of job, read owner or owner of job, create signed-in, update admin or"
                        + " owner of job, delete owner.");
    }

}
