package org.fazhi.identity.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * Password strength rule (等保 practice): at least {@code minLength} characters, at least three of
 * upper case, lower case, digits and symbols, and not containing the user name.
 */
public record PasswordPolicy(int minLength) {

    /** The message key of the first rule the password breaks, or empty when it is strong enough. */
    public Optional<String> violation(String username, String password) {
        if (password == null || password.length() < minLength) {
            return Optional.of("error.identity.password.short");
        }
        int classes = 0;
        classes += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
        classes += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        if (classes < 3) {
            return Optional.of("error.identity.password.weak");
        }
        if (username != null && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("error.identity.password.containsUsername");
        }
        return Optional.empty();
    }
}
