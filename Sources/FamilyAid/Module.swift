// FamilyAid
