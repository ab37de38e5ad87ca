// The light part of access applications' face: nothing others need to read yet beyond the subject type obligations
// name an application by ("access_application").
export const ACCESS_APPLICATION_SUBJECT = 'access_application';
