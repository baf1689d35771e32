package org.privacyrequests.requests;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.privacyrequests.company.Languages;

/**
 * A request as another system files it through {@code POST /api/requests}. Unknown rights are accepted
 * (the request is then clarified by support); a wrong address or language is refused with a message.
 */
public record NewRequest(
        @NotBlank(message = "is required")
        @Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "must be a valid e-mail address")
        @Size(max = 320, message = "must be at most 320 characters")
        String requesterEmail,

        @Size(max = 200, message = "must be at most 200 characters")
        String requesterName,

        @NotEmpty(message = "must name at least one right (access, rectification, erasure, restriction, portability, objection) or 'unclear'")
        @Size(max = 10, message = "names too many rights")
        List<@Size(max = 40, message = "is too long") String> requestTypes,

        @Size(max = 10000, message = "must be at most 10000 characters")
        String text,

        @Pattern(regexp = Languages.PATTERN, message = Languages.PATTERN_MESSAGE)
        String language,

        @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}(T.*)?", message = "must be an ISO date or date-time, e.g. 2026-11-26 or 2026-11-26T09:30:00Z")
        String receivedAt) {
}
