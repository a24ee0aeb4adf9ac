/** Why a file could not be read or written, in words rather than the system's codes. */
const WHY: Record<string, string> = {
  ENOENT: 'there is no such file or folder',
  EISDIR: 'it is a folder',
  ENOTDIR: 'part of the path is a file, not a folder',
  EACCES: 'you do not have permission',
  EPERM: 'you do not have permission',
  EBUSY: 'another program is using it (close it in Excel or the other program, then try again)',
  ETXTBSY: 'another program is using it',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'your disk quota is used up',
  EMFILE: 'too many files are open; try again',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'it is a chain of links that never ends',
  EXDEV: 'it is on another disk than its folder allows',
  EIO: 'the disk reported an error',
  EAGAIN: 'it is not ready; try again',
};

export function whyNot(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return (code && WHY[code]) ?? 'the system refused';
}
