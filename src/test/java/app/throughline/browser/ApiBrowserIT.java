package app.throughline.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The API for real (issue 10): a marketer makes a token on their profile in a browser, copies it
 * from the dialog that shows it once, and a plain HTTP client against the production jar reads with
 * it; after Revoke the same request is refused. The profile with its tokens passes axe.
 */
class ApiBrowserIT extends BrowserTestBase {

    @Test
    void aTokenMadeOnTheProfileOpensTheApiUntilItIsRevoked() throws Exception {
        var client = HttpClient.newHttpClient();
        var openApi = client.send(
                HttpRequest.newBuilder(URI.create(url("/api/v1/openapi.json"))).build(),
                HttpResponse.BodyHandlers.ofString());
        org.assertj.core.api.Assertions.assertThat(openApi.statusCode()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(openApi.body()).contains("\"/api/v1/tactics\"");

        signInAs("marketer");
        page.navigate(url("/profile"));
        page.getByLabel("Name of a new token", new Page.GetByLabelOptions().setExact(true))
                .fill("Publishing tool");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create token"))
                .click();
        Locator shown = page.locator("vaadin-text-field.api-token-secret input");
        assertThat(shown).hasValue(Pattern.compile("tl_.{43}"));
        String token = shown.inputValue();
        screenshot("api-token-once");
        assertAccessible("api-token-once");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Done"))
                .click();

        org.assertj.core.api.Assertions.assertThat(channels(client, token).statusCode())
                .isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(channels(client, token).body())
                .contains("\"LinkedIn\"");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoke Publishing tool"))
                .click();
        // the confirmation's own button, named exactly "Revoke" (the row's is "Revoke Publishing tool")
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Revoke").setExact(true))
                .click();
        assertThat(page.getByText("You have no API tokens.")).isVisible();
        screenshot("api-tokens-none");
        assertAccessible("api-tokens-none");

        var refused = channels(client, token);
        org.assertj.core.api.Assertions.assertThat(refused.statusCode()).isEqualTo(401);
        org.assertj.core.api.Assertions.assertThat(refused.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(challenge ->
                        org.assertj.core.api.Assertions.assertThat(challenge).startsWith("Bearer"));
    }

    private HttpResponse<String> channels(HttpClient client, String token) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create(url("/api/v1/channels")))
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
