package org.privacyrequests.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.privacyrequests.api.ComplaintController;
import org.privacyrequests.requests.DeadlineExtension.ExtensionRefused;
import org.springframework.http.HttpStatus;
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
    public ResponseEntity<Map<String, Object>> noSuchComplaint(ComplaintController.NoSuchComplaint e) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage(), Map.of());
    }

    @ExceptionHandler(RequestController.NotFound.class)
    public ResponseEntity<Map<String, Object>> notFound(RequestController.NotFound e) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage(), Map.of());
    }

    private static ResponseEntity<Map<String, Object>> problem(HttpStatus status, String message, Map<String, String> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.value());
        body.put("message", message);
        body.put("errors", errors);
        return ResponseEntity.status(status).body(body);
    }
}
