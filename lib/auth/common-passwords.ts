// A small bundled list of the most used passwords (and stems of them) that are at least 12
// characters long once the policy applies, plus the stems people pad to reach 12 characters.
const LIST = `
password passw0rd password1 password12 password123 password1234 passwordpassword
123456789012 1234567890123 12345678901234 123123123123 111111111111 000000000000 121212121212
qwertyuiop qwertyuiop123 qwerty123456 qwertyqwerty 1q2w3e4r5t6y 1qaz2wsx3edc qazwsxedcrfv
asdfghjkl asdfghjkl123 zxcvbnm123456 abc123abc123 abcdefghijkl abcdefghijklm iloveyou123
letmein letmein12345 welcome welcome12345 welcometoday admin admin123456 administrator
changeme changemenow trustno1 sunshine princess football baseball superman batman dragon
monkey master shadow michael jennifer starwars whatever freedom passwordqwerty
iloveyouforever correcthorsebatterystaple hellohello hello123456 mypassword mypassword123
secret secretpassword default defaultpassword logmein commitment commitmenttracker
vietnam vietnam123456 hanoi saigon london unitedkingdom
`;

export const COMMON_PASSWORDS: ReadonlySet<string> = new Set(LIST.split(/\s+/).filter(Boolean));
