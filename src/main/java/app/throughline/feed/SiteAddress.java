package app.throughline.feed;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The site's address for links that leave the app (feed URLs, share links, the links back in a
 * feed): {@code throughline.base-url} when set (behind a proxy), else the address of the request.
 */
@Component
public class SiteAddress {

    private final String configured;

    SiteAddress(@Value("${throughline.base-url:}") String configured) {
        this.configured = configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
    }

    /** The address without a trailing slash, such as {@code https://plan.example.com}. */
    public String of(HttpServletRequest request) {
        return configured.isEmpty()
                ? ServletUriComponentsBuilder.fromContextPath(request).build().toUriString()
                : configured;
    }
}
