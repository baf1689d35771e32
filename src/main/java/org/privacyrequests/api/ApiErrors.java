package org.privacyrequests.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.privacyrequests.api.ComplaintController;
import org.privacyrequests.requests.DeadlineExtension.ExtensionRefused;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns wrong input into answers that say what is wrong, per field, without stack traces. */
@RestControllerAdvice(assignableTypes = {RequestController.class, ComplaintController.class,
        org.privacyrequests.retention.RetentionController.class})
class ApiErrors {

    @ExceptionHandler(MethodArgumentNotValidException.class)
    public ResponseEntity<Map<String, Object>> invalid(MethodArgumentNotValidException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.getBindingResult().getFieldErrors().forEach(f -> errors.merge(f.getField(), f.getDefaultMessage(), (a, b) -> a + "; " + b));
        return problem(HttpStatus.BAD_REQUEST, "The request has wrong or missing fields: " + String.join(", ", errors.keySet()), errors);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        return problem(HttpStatus.BAD_REQUEST, "The body is not valid JSON of the expected shape.", Map.of());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    public ResponseEntity<Map<String, Object>> mediaType(HttpMediaTypeNotSupportedException e) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send JSON (Content-Type: application/json).", Map.of());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    public ResponseEntity<Map<String, Object>> wrongValue(IllegalArgumentException e) {
        String message = e.getMessage() == null ? "Wrong input" : e.getMessage();
        String field = message.startsWith("receivedAt") ? "receivedAt" : "request";
        return problem(HttpStatus.BAD_REQUEST, message, Map.of(field, message));
    }

    @ExceptionHandler(ExtensionRefused.class)
    public ResponseEntity<Map<String, Object>> extensionRefused(ExtensionRefused e) {
        return problem(HttpStatus.CONFLICT, e.getMessage(), Map.of());
    }

    @ExceptionHandler(ComplaintController.NoSuchComplaint.class)
    public ResponseEntity<Map<String, Object>> noSuchComplaint(ComplaintController.NoSuchComplaint e, HttpServletRequest request,
                                                               HttpServletResponse response) throws IOException {
        return notFound(e.getMessage(), request, response);
    }

    @ExceptionHandler(RequestController.NotFound.class)
    public ResponseEntity<Map<String, Object>> notFound(RequestController.NotFound e, HttpServletRequest request,
                                                        HttpServletResponse response) throws IOException {
        return notFound(e.getMessage(), request, response);
    }

    /** A link opened in a browser (the access overview from a Tasklist form) gets the error page in words, a program its problem. */
    private static ResponseEntity<Map<String, Object>> notFound(String message, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (wantsPage(request)) {
            response.sendError(HttpStatus.NOT_FOUND.value(), message);
            return null;
        }
        return problem(HttpStatus.NOT_FOUND, message, Map.of());
    }

    private static boolean wantsPage(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        try {
            return accept != null && MediaType.parseMediaTypes(accept).stream().anyMatch(t -> t.equalsTypeAndSubtype(MediaType.TEXT_HTML));
        } catch (InvalidMediaTypeException malformed) {
            return false;
        }
    }

    private static ResponseEntity<Map<String, Object>> problem(HttpStatus status, String message, Map<String, String> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.value());
        body.put("message", message);
        body.put("errors", errors);
        return ResponseEntity.status(status).body(body);
    }
}
