package org.eigrules.spring;

import org.eigrules.decision.Language;
import org.eigrules.evaluation.EvaluationException;
import org.eigrules.validation.InvalidApplicationException;
import org.eigrules.validation.InvalidSelectionException;
import org.eigrules.validation.Violation;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.core.MethodParameter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * RFC 9457 problem details for what the library refuses: an invalid application, candidacy or
 * selection is a 400 listing every error by its path ({@code errors}, as the contract's invalid
 * answer does), in the request's language; an evaluation that could not finish is a 500 that says
 * why, never a stack trace. Handles only the library's own exceptions, so an application's other
 * errors keep their handling.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ContractProblems {

    /** The problem types, for clients that branch on {@code type}. */
    public static final URI INVALID_INPUT = URI.create("urn:eig-rules:problem:invalid-input");
    public static final URI EVALUATION_FAILED = URI.create("urn:eig-rules:problem:evaluation-failed");
    public static final URI UNKNOWN_LANGUAGE = URI.create("urn:eig-rules:problem:unknown-language");
    public static final URI UNSUPPORTED_MEDIA_TYPE = URI.create("urn:eig-rules:problem:unsupported-media-type");

    private final Language defaultLanguage;

    /** Problems written in {@code defaultLanguage} when a request asks for neither French nor English. */
    public ContractProblems(Language defaultLanguage) {
        this.defaultLanguage = defaultLanguage;
    }

    /** An application or candidacy the reader or the constraints refused. */
    @ExceptionHandler(InvalidApplicationException.class)
    public ResponseEntity<ProblemDetail> invalid(InvalidApplicationException e) {
        return invalid(e.violations());
    }

    /** A selection the reader or the constraints refused. */
    @ExceptionHandler(InvalidSelectionException.class)
    public ResponseEntity<ProblemDetail> invalid(InvalidSelectionException e) {
        return invalid(e.violations());
    }

    /**
     * A body Spring could not hand to the library's reader for an endpoint that takes an
     * application or a candidacy: none at all. Any other endpoint's unreadable body is left to the
     * application's own handling (rethrowing passes it on).
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HandlerMethod handler)
            throws HttpMessageNotReadableException {
        if (!takesTheContract(handler)) {
            throw e;
        }
        return invalid(List.of(new Violation("", "a body is required: an application or a candidacy, as JSON or YAML",
                "un corps est attendu : une candidature, en JSON ou en YAML")));
    }

    /** A body of a type the library does not read (text/plain, a form…) sent to an endpoint that takes the contract. */
    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    public ResponseEntity<ProblemDetail> unsupported(HttpMediaTypeNotSupportedException e, HandlerMethod handler)
            throws HttpMediaTypeNotSupportedException {
        if (!takesTheContract(handler)) {
            throw e;
        }
        Language language = RequestLanguage.orFallback(defaultLanguage);
        String found = e.getContentType() == null ? "" : e.getContentType().toString();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE, language == Language.FR
                ? "Content-Type : application/json ou application/yaml attendu, « " + found + " » trouvé"
                : "Content-Type: expected application/json or application/yaml, found \"" + found + "\"");
        problem.setType(UNSUPPORTED_MEDIA_TYPE);
        problem.setTitle(language == Language.FR ? "Type de contenu non pris en charge" : "Unsupported content type");
        return answer(problem, language);
    }

    private static boolean takesTheContract(HandlerMethod handler) {
        if (handler == null) {
            return false;
        }
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestBody.class)
                    && ContractMessageConverter.reads(parameter.getParameterType())) {
                return true;
            }
        }
        return false;
    }

    /** A {@code lang} parameter other than fr or en. */
    @ExceptionHandler(UnknownLanguageException.class)
    public ResponseEntity<ProblemDetail> unknownLanguage(UnknownLanguageException e) {
        Language language = RequestLanguage.orFallback(defaultLanguage);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, language == Language.FR
                ? "lang : fr ou en attendu, « " + e.found() + " » trouvé"
                : "lang: expected fr or en, found \"" + e.found() + "\"");
        problem.setType(UNKNOWN_LANGUAGE);
        problem.setTitle(language == Language.FR ? "Langue inconnue" : "Unknown language");
        return answer(problem, language);
    }

    /** An evaluation that could not finish: its cause in words, the last rules fired. */
    @ExceptionHandler(EvaluationException.class)
    public ResponseEntity<ProblemDetail> failed(EvaluationException e) {
        Language language = RequestLanguage.orFallback(defaultLanguage);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, e.getMessage());
        problem.setType(EVALUATION_FAILED);
        problem.setTitle(language == Language.FR ? "L’évaluation n’a pas pu aboutir" : "The evaluation could not finish");
        return answer(problem, language);
    }

    private ResponseEntity<ProblemDetail> invalid(List<Violation> violations) {
        Language language = RequestLanguage.orFallback(defaultLanguage);
        int count = violations.size();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, language == Language.FR
                ? count + (count == 1 ? " erreur" : " erreurs") + " : rien n’a été évalué"
                : count + (count == 1 ? " error" : " errors") + ": nothing was evaluated");
        problem.setType(INVALID_INPUT);
        problem.setTitle(language == Language.FR ? "Données invalides" : "Invalid input");
        problem.setProperty("errors", violations.stream().map(v -> error(v, language)).toList());
        return answer(problem, language);
    }

    private static Map<String, String> error(Violation violation, Language language) {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("path", violation.path());
        error.put("message", violation.messageIn(language));
        return error;
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem, Language language) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header("Content-Language", language.name().toLowerCase(Locale.ROOT)).body(problem);
    }
}
