package app.throughline.api;

import app.throughline.channel.Channel;
import app.throughline.channel.ChannelKind;
import app.throughline.people.DirectoryEntry;
import app.throughline.security.Role;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Channels and people as the API returns them. */
final class ReferenceJson {

    private ReferenceJson() {}

    /** @param maxLength the longest copy the channel takes; null: no limit */
    record ChannelJson(
            long id,
            String name,
            ChannelKind kind,
            String colour,
            @Nullable Integer maxLength,
            boolean retired) {

        static ChannelJson of(Channel c) {
            return new ChannelJson(c.id(), c.name(), c.kind(), c.colour(), c.maxLength(), c.retired());
        }
    }

    /** @param trainedOn when they completed the social-policy training; null if they have not */
    record PersonJson(
            long id,
            String login,
            String displayName,
            @Nullable String department,
            List<Role> roles,
            List<String> topics,
            @Nullable LocalDate trainedOn,
            String zone) {

        static PersonJson of(DirectoryEntry p) {
            return new PersonJson(
                    p.id(),
                    p.login(),
                    p.displayName(),
                    p.department(),
                    p.roles(),
                    p.topics(),
                    p.trainedOn(),
                    p.zone().getId());
        }
    }

    record PeoplePage(int page, int size, int total, List<PersonJson> items) {}
}
