package dev.faibric.generation.web;

import dev.faibric.generation.GenerationSettings;
import dev.faibric.web.InputText;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks a {@link RequestText} against the prompt limit of the settings. */
class RequestTextValidator implements ConstraintValidator<RequestText, String> {

    private final GenerationSettings settings;

    private String what = "text";

    private String example = "";

    RequestTextValidator(GenerationSettings settings) {
        this.settings = settings;
    }

    @Override
    public void initialize(RequestText annotation) {
        this.what = annotation.what();
        this.example = annotation.example();
    }

    @Override
    public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
        String text = value == null ? "" : value.strip();
        String problem = null;
        String unfit = InputText.problem(text);
        if (text.isEmpty() || InputText.INVISIBLE.equals(unfit)) {
            problem = "The " + what + (text.isEmpty() ? " is empty: " : " has no visible characters: ") + example + ".";
        }
        else if (unfit != null) {
            problem = "The " + what + " " + unfit;
        }
        else if (text.length() > settings.promptMaxLength()) {
            problem = "The " + what + " has " + text.length() + " characters; the limit is "
                    + settings.promptMaxLength() + ".";
        }
        if (problem == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(literal(problem)).addConstraintViolation();
        return false;
    }

    /**
     * The message as it is: nothing in it is a parameter or an expression to interpolate.
     */
    private static String literal(String message) {
        return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }

}
