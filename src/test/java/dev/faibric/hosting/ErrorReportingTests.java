package dev.faibric.hosting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where the error reporter goes in a page, and what it is told. */
class ErrorReportingTests {

    private final ErrorReporting reporting = new ErrorReporting(
            new HostingSettings(null, null, List.of("localhost", "faibric.example.com")));

    private static final String TAG = "<script src=\"./_runtime/faibric-errors.js\" "
            + "data-platform-hosts=\"localhost faibric.example.com\"></script>";

    private String inject(String page) {
        return new String(reporting.inject(page.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    @Test
    void itIsTheFirstScriptOfTheHead() {
        assertThat(inject("<!doctype html>\n<html lang=\"en\">\n<HEAD>\n<title>Ünïcode ✓</title><script>x()</script>"))
            .isEqualTo("<!doctype html>\n<html lang=\"en\">\n<HEAD>" + TAG
                    + "\n<title>Ünïcode ✓</title><script>x()</script>");
        assertThat(inject("<html><head lang=\"en\"><header></header>")).startsWith("<html><head lang=\"en\">" + TAG);
    }

    @Test
    void aPageWithoutAHeadGetsItAfterItsDoctypeOrInFront() {
        assertThat(inject("<!DOCTYPE html><header>x</header>"))
            .isEqualTo("<!DOCTYPE html>" + TAG + "<header>x</header>");
        assertThat(inject("<p>bare</p>")).isEqualTo(TAG + "<p>bare</p>");
    }

    @Test
    void hostNamesAreEscapedAndThePageValidatorSaysWhichTagItHas() {
        ErrorReporting odd = new ErrorReporting(new HostingSettings(null, null, List.of("a\"b")));
        assertThat(new String(odd.inject(new byte[0]), StandardCharsets.UTF_8))
            .contains("data-platform-hosts=\"a&quot;b\"");
        assertThat(reporting.etag("\"v1-abc\"")).matches("\"v1-abc-[0-9a-f]{8}\"").isNotEqualTo(odd.etag("\"v1-abc\""));
    }

}
