package dev.faibric.project;

import dev.faibric.account.Account;

/**
 * What is known about a project when it is created, before anything is generated, and who
 * owns it.
 */
public record NewProject(String title, String prompt, AppType appType, long ownerId) {

    /** A project of the local user (the embedded mode's only account). */
    public NewProject(String title, String prompt, AppType appType) {
        this(title, prompt, appType, Account.LOCAL_ID);
    }

}
