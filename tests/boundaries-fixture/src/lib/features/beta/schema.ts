// @ts-expect-error the module does not exist: the check must report the unresolved $lib path
export { missing } from '$lib/features/beta/missing';
