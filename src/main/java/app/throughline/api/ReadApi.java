package app.throughline.api;

import app.throughline.channel.ChannelService;
import app.throughline.common.NotFoundException;
import app.throughline.common.ValidationException;
import app.throughline.people.PeopleFilter;
import app.throughline.people.PeopleService;
import app.throughline.plan.PlanService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The read-only parts of the API: the plan tree, the channels, the people directory. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Plan, channels and people")
class ReadApi {

    private final PlanService plan;
    private final ChannelService channels;
    private final PeopleService people;

    ReadApi(PlanService plan, ChannelService channels, PeopleService people) {
        this.plan = plan;
        this.channels = channels;
        this.people = people;
    }

    @GetMapping("/plan")
    @Operation(summary = "The plan tree: every objective with its strategies and their campaigns")
    public List<PlanJson.Objective> plan() {
        return plan.tree().stream().map(PlanJson.Objective::of).toList();
    }

    @GetMapping("/channels")
    @Operation(summary = "Every channel, retired ones too")
    public List<ReferenceJson.ChannelJson> channels() {
        return channels.channels().stream().map(ReferenceJson.ChannelJson::of).toList();
    }

    @GetMapping("/people")
    @Operation(summary = "The people directory (enabled people), a page at a time")
    public ReferenceJson.PeoplePage people(
            @Parameter(description = "part of a name or of a topic") @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Long departmentId,
            @Parameter(description = "one expertise topic, exactly") @RequestParam(required = false) @Nullable
                    String topic,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        if (page < 0) {
            throw new ValidationException("page", "page must be 0 or more");
        }
        if (size < 1 || size > TacticsApi.MAX_SIZE) {
            throw new ValidationException("size", "size must be between 1 and " + TacticsApi.MAX_SIZE);
        }
        var filter = new PeopleFilter(q, departmentId, topic, null);
        int total = people.directoryCount(filter);
        long offset = (long) page * size;
        var items = offset >= total
                ? List.<ReferenceJson.PersonJson>of()
                : people.directory(filter, (int) offset, size).stream()
                        .map(ReferenceJson.PersonJson::of)
                        .toList();
        return new ReferenceJson.PeoplePage(page, size, total, items);
    }

    @GetMapping("/people/{login}")
    @Operation(summary = "One person of the directory")
    public ReferenceJson.PersonJson person(@PathVariable String login) {
        return people.person(login)
                .map(page -> ReferenceJson.PersonJson.of(page.person()))
                .orElseThrow(() -> new NotFoundException("This person"));
    }
}
