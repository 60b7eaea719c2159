package archfixture;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** A service as it must not be written, outside the app's packages so no Spring context picks it up. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class UncheckedWrites {

    /** Reads: the class's rule is enough. */
    public String read() {
        return "";
    }

    /** Writes, names a role: fine. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void checkedWrite() {}

    /** Writes inside a caller's transaction: the caller is checked. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void partOfAWrite() {}

    /** Writes with only "signed in": the rule must catch this one. */
    @Transactional
    public void uncheckedWrite() {}
}
