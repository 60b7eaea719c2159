package app.throughline;

import static org.assertj.core.api.Assertions.assertThat;

import archfixture.UncheckedWrites;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** The architecture rules catch what they are named for (a rule that cannot fail guards nothing). */
class ArchitectureRulesTest {

    @Test
    void aWriteWithoutItsOwnRoleRuleIsReportedAndNothingElse() {
        var classes = new ClassFileImporter().importClasses(UncheckedWrites.class);

        var result = ArchitectureTest.everyWriteNamesWhoMayMakeIt.evaluate(classes);

        assertThat(result.getFailureReport().getDetails())
                .hasSize(1)
                .first()
                .asString()
                .contains("UncheckedWrites.uncheckedWrite()");
    }
}
