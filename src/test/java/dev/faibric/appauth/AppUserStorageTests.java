package dev.faibric.appauth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.project.AppType;
import dev.faibric.project.NewProject;
import dev.faibric.project.Projects;
import dev.faibric.support.TestDatabase;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** Apps' users and their sessions, the same on the embedded H2 and on PostgreSQL. */
class AppUserStorageTests {

    private record Stores(JdbcClient jdbc, Projects projects, AppUsers users, AppSessions sessions) {

        static Stores on(DataSource dataSource) {
            JdbcClient jdbc = JdbcClient.create(dataSource);
            return new Stores(jdbc, new Projects(jdbc, JsonMapper.builder().build(), TestDatabase.retry(dataSource)),
                    new AppUsers(jdbc), new AppSessions(jdbc));
        }

        long app() {
            return projects.create(new NewProject("Forum " + UUID.randomUUID(), "a forum", AppType.WEBSITE)).id();
        }

        AppUser user(long app, String who, String name) {
            return users.create(app, email(who), name, "h", false).orElseThrow();
        }

    }

    private static String email(String who) {
        return who + "-" + UUID.randomUUID() + "@Example.com";
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anAddressIsOneUserPerAppWhateverItsCaseAndTheSameAddressIsAnotherUserOnAnotherApp(TestDatabase database) {
        Stores stores = Stores.on(database.create());
        long forum = stores.app();
        long shop = stores.app();
        String alice = email("Alice");

        AppUser created = stores.users().create(forum, alice, null, "hash", false).orElseThrow();

        assertThat(created.email()).isEqualTo(alice.toLowerCase(java.util.Locale.ROOT));
        assertThat(created.name()).startsWith("alice-");
        assertThat(created.admin()).isFalse();
        assertThat(stores.users().create(forum, alice.toUpperCase(java.util.Locale.ROOT), "Al", "h", false)).isEmpty();
        AppUser inTheShop = stores.users().create(shop, alice, "Alice", "other", false).orElseThrow();
        assertThat(inTheShop.id()).isNotEqualTo(created.id());
        assertThat(inTheShop.name()).isEqualTo("Alice");
        assertThat(stores.users().find(forum, " " + alice + " ").orElseThrow().passwordHash()).isEqualTo("hash");
        assertThat(stores.users().find(shop, created.id())).isEmpty();
        assertThat(stores.users().find(forum, created.id())).contains(created);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theOwnersListCountsPagesNamesAndDeletesOnlyTheAppsOwnUsers(TestDatabase database) {
        Stores stores = Stores.on(database.create());
        long forum = stores.app();
        long shop = stores.app();
        AppUser ann = stores.user(forum, "ann", "Ann");
        AppUser bob = stores.user(forum, "bob", null);
        AppUser cid = stores.user(forum, "cid", "Cid");
        AppUser stranger = stores.user(shop, "dan", "Dan");

        assertThat(stores.users().count(forum)).isEqualTo(3);
        List<AppUserEntry> firstTwo = stores.users().list(forum, 2, 0);
        assertThat(firstTwo).extracting(AppUserEntry::user).containsExactly(ann, bob);
        assertThat(firstTwo.getFirst().createdAt()).isBefore(Instant.now().plusSeconds(1));
        assertThat(stores.users().list(forum, 2, 2)).extracting(AppUserEntry::user).containsExactly(cid);
        assertThat(stores.users().names(forum, List.of(ann.id(), bob.id(), stranger.id(), 999_999L)))
            .containsOnlyKeys(ann.id(), bob.id())
            .containsEntry(ann.id(), "Ann")
            .containsEntry(bob.id(), bob.email().substring(0, bob.email().indexOf('@')));

        assertThat(stores.users().delete(shop, ann.id())).isFalse();
        assertThat(stores.users().delete(forum, ann.id())).isTrue();
        assertThat(stores.users().count(forum)).isEqualTo(2);
        assertThat(stores.users().deleteAll(forum)).isEqualTo(2);
        assertThat(stores.users().count(forum)).isZero();
        assertThat(stores.users().count(shop)).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aSessionSignsItsUserInOnItsOwnAppOnlyAndStoresNoToken(TestDatabase database) {
        Stores stores = Stores.on(database.create());
        long forum = stores.app();
        long shop = stores.app();
        AppUser ann = stores.user(forum, "ann", "Ann");

        String token = stores.sessions().issue(forum, ann.id(), Duration.ofDays(30));

        assertThat(token).startsWith(AppSessions.PREFIX).hasSize(AppSessions.PREFIX.length() + 43);
        assertThat(stores.sessions().resolve(forum, token)).contains(ann);
        assertThat(stores.sessions().resolve(shop, token)).isEmpty();
        assertThat(stores.sessions().resolve(forum, token + "x")).isEmpty();
        assertThat(stores.sessions().resolve(forum, "fbs_" + token.substring(4))).isEmpty();
        assertThat(stores.jdbc().sql("SELECT token_hash FROM app_sessions").query(String.class).list())
            .doesNotContain(token)
            .contains(AppSessions.hash(token));

        stores.sessions().end(shop, token);
        assertThat(stores.sessions().resolve(forum, token)).contains(ann);
        stores.sessions().end(forum, token);
        assertThat(stores.sessions().resolve(forum, token)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void expiredSessionsSignNobodyInAndGoAwayAndADeletedUsersSessionsGoWithThem(TestDatabase database) {
        Stores stores = Stores.on(database.create());
        long forum = stores.app();
        AppUser ann = stores.user(forum, "ann", "Ann");
        AppUser bob = stores.user(forum, "bob", "Bob");
        String old = stores.sessions().issue(forum, ann.id(), Duration.ofDays(1));
        stores.jdbc()
            .sql("UPDATE app_sessions SET expires_at = ? WHERE token_hash = ?")
            .params(Timestamp.from(Instant.now().minusSeconds(1)), AppSessions.hash(old))
            .update();
        String bobs = stores.sessions().issue(forum, bob.id(), Duration.ofDays(1));

        assertThat(stores.sessions().resolve(forum, old)).isEmpty();
        assertThat(stores.sessions().forgetExpired()).isEqualTo(1);

        stores.users().delete(forum, bob.id());
        assertThat(stores.sessions().resolve(forum, bobs)).isEmpty();
        assertThat(stores.jdbc().sql("SELECT COUNT(*) FROM app_sessions").query(Long.class).single()).isZero();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theAdminIsFoundAndASignedUpUserMadeAdminLosesTheirPassword(TestDatabase database) {
        Stores stores = Stores.on(database.create());
        long forum = stores.app();
        AppUser squatter = stores.users().create(forum, email("owner"), null, "their-hash", false).orElseThrow();
        assertThat(stores.users().admin(forum)).isEmpty();

        stores.users().makeAdmin(forum, squatter.id());

        AppUser admin = stores.users().admin(forum).orElseThrow();
        assertThat(admin.id()).isEqualTo(squatter.id());
        assertThat(admin.admin()).isTrue();
        assertThat(stores.users().find(forum, squatter.email()).orElseThrow().passwordHash()).isNull();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anAppsUsersAndSessionsGoWithItsProject(TestDatabase database) {
        Stores stores = Stores.on(database.create());
        long forum = stores.app();
        AppUser ann = stores.user(forum, "ann", "Ann");
        stores.sessions().issue(forum, ann.id(), Duration.ofDays(1));

        stores.jdbc().sql("DELETE FROM projects WHERE id = ?").param(forum).update();

        assertThat(stores.jdbc().sql("SELECT COUNT(*) FROM app_users").query(Long.class).single()).isZero();
        assertThat(stores.jdbc().sql("SELECT COUNT(*) FROM app_sessions").query(Long.class).single()).isZero();
    }

}
