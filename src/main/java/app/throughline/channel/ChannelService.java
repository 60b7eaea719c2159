package app.throughline.channel;

import static app.throughline.db.Tables.CHANNEL;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The channels tactics can go out on (admin-managed; read by everyone signed in). */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ChannelService {

    private final DSLContext db;

    ChannelService(DSLContext db) {
        this.db = db;
    }

    public List<Channel> channels() {
        return db.select(CHANNEL.CHANNEL_ID, CHANNEL.NAME, CHANNEL.KIND, CHANNEL.COLOUR, CHANNEL.MAX_LENGTH)
                .from(CHANNEL)
                .orderBy(CHANNEL.NAME)
                .fetch(Records.mapping(Channel::new));
    }
}
