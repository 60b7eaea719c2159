package app.throughline.spreadsheet;

import app.throughline.security.CurrentUser;
import app.throughline.security.CurrentUserProvider;
import app.throughline.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who may import and export tactics (docs/roles.md, "Spreadsheets"): importing plans anyone's
 * tactics, so it is for those who change anyone's (admins, strategists, marketers); exporting
 * reads what the calendar shows, so it is for everyone signed in.
 */
@Component("spreadsheetPolicy")
public class SpreadsheetPolicy {

    private final CurrentUserProvider currentUser;

    SpreadsheetPolicy(CurrentUserProvider currentUser) {
        this.currentUser = currentUser;
    }

    public boolean mayImport() {
        return mayImport(currentUser.get());
    }

    public boolean mayImport(CurrentUser user) {
        return user.hasAny(Role.ADMIN, Role.STRATEGIST, Role.MARKETER);
    }
}
