package org.privacyrequests.complaints;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.privacyrequests.company.Languages;

/** A complaint as another system (or the e-mail intake) files it through {@code POST /api/complaints}. */
public record NewComplaint(
        @NotBlank(message = "is required")
        @Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "must be a valid e-mail address")
        @Size(max = 320, message = "must be at most 320 characters")
        String complainantEmail,

        @Size(max = 200, message = "must be at most 200 characters")
        String complainantName,

        @NotBlank(message = "is required: what the complainant wrote")
        @Size(max = 10000, message = "must be at most 10000 characters")
        String text,

        @Pattern(regexp = Languages.PATTERN, message = Languages.PATTERN_MESSAGE)
        String language,

        @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}(T.*)?", message = "must be an ISO date or date-time, e.g. 2026-11-26")
        String receivedAt) {
}
