package app.throughline.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An unforeseen failure answers a bare 500: no message, no class name, no stack trace; an incident number. */
class ApiExceptionHandlerTest {

    @Test
    void anUnexpectedFailureIsA500WithNoDetail() {
        var answer = new ApiExceptionHandler()
                .unexpected(new IllegalStateException("table tactic has no column x at Foo.java:12"));
        var problem = answer.getBody();
        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        assertThat(problem).isNotNull();
        assertThat(problem.getDetail()).isNull();
        assertThat(problem.getTitle()).isEqualTo("Internal Server Error");
        assertThat(problem.getProperties()).containsOnlyKeys("incident");
        assertThat(String.valueOf(problem.getProperties())).doesNotContain("IllegalState", "Foo.java");
    }
}
