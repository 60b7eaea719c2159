package app.throughline.channel;

import static app.throughline.db.Tables.CHANNEL;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record6;
import org.jooq.Records;
import org.jooq.SelectJoinStep;
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

    /** Every channel, retired ones included (filters, and the channel a past tactic went out on). */
    public List<Channel> channels() {
        return select().orderBy(CHANNEL.NAME).fetch(Records.mapping(Channel::new));
    }

    /** The channels offered for a new tactic: every channel not retired. */
    public List<Channel> activeChannels() {
        return select().where(CHANNEL.RETIRED.isFalse()).orderBy(CHANNEL.NAME).fetch(Records.mapping(Channel::new));
    }

    private SelectJoinStep<Record6<Long, String, ChannelKind, String, Integer, Boolean>> select() {
        return db.select(
                        CHANNEL.CHANNEL_ID,
                        CHANNEL.NAME,
                        CHANNEL.KIND,
                        CHANNEL.COLOUR,
                        CHANNEL.MAX_LENGTH,
                        CHANNEL.RETIRED)
                .from(CHANNEL);
    }
}
