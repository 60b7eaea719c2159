package app.throughline.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.throughline.common.ValidationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which addresses a hook may have: http(s), no credentials, and by default nothing internal (SSRF). */
class WebhookUrlsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1/hook",
                "http://localhost:8080/hook",
                "http://[::1]/hook",
                "http://10.1.2.3/hook",
                "http://172.16.0.9/hook",
                "http://192.168.1.1/hook",
                "http://169.254.169.254/latest/meta-data",
                "http://100.64.0.1/hook",
                "http://0.0.0.0/hook",
                "http://[fd00::1]/hook",
                "http://[fe80::1]/hook",
                "http://[::ffff:127.0.0.1]/hook"
            })
    void internalAddressesAreRefusedUnlessAllowed(String url) {
        assertThatThrownBy(() -> WebhookUrls.check(url, false)).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.field()).isEqualTo("url");
            assertThat(e.getMessage()).contains("is an internal address");
        });
        assertThat(WebhookUrls.check(url, true).toString()).isEqualTo(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://93.184.216.34/hook", "http://8.8.8.8:8080/in?x=1", "https://[2001:4860::8888]/"})
    void publicAddressesAreTaken(String url) {
        assertThat(WebhookUrls.check(" " + url + " ", false).toString()).isEqualTo(url);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "ftp://93.184.216.34/drop",
                "javascript:alert(1)",
                "https:///no-host",
                "https://user:secret@93.184.216.34/hook",
                "https://93.184.216.34/hook#part",
                "not a url"
            })
    void otherAddressesAreRefused(String url) {
        assertThatThrownBy(() -> WebhookUrls.check(url, true))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("url"));
    }

    @org.junit.jupiter.api.Test
    void theBackoffGrowsFourfoldFromThirtySecondsToAtMostTwelveHours() {
        var properties = new WebhookProperties(
                false,
                true,
                java.time.Duration.ofSeconds(5),
                20,
                java.time.Duration.ofMinutes(10),
                java.time.Duration.ofSeconds(5),
                java.time.Duration.ofSeconds(10),
                8,
                java.time.Duration.ofSeconds(30),
                4,
                java.time.Duration.ofHours(12),
                "http://localhost:8080");
        assertThat(java.util.stream.IntStream.rangeClosed(1, 7).mapToObj(properties::backoff))
                .extracting(java.time.Duration::toString)
                .containsExactly("PT30S", "PT2M", "PT8M", "PT32M", "PT2H8M", "PT8H32M", "PT12H");
    }
}
