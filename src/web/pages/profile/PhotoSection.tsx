import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Typography, Upload } from 'antd';
import { useState } from 'react';
import { checkPhotoFacts } from '../../../domain/profile/photo';
import { ApiError } from '../../api/client';
import { useUploadPhoto, type PhotoView } from '../../api/profile';
import { formatDateTime } from '../../components/format';
import { PROFILE_HINTS } from './hints';
import { measurePhoto } from './photo-facts';
import { SectionCard } from './SectionCard';

type Outcome = { kind: 'problems'; title: string; problems: string[] } | { kind: 'saved' } | null;

const kb = (bytes: number) => `${Math.round((bytes / 1024) * 10) / 10} KB`;

/**
 * 个人照片 (R-PI-6): shown, uploaded and replaced. Before upload the browser measures the file (size, real format,
 * dimensions, the border's lightness) and the domain's checkPhotoFacts says what is wrong; the server checks again.
 */
export function PhotoSection({ photo, maxBytes }: { photo: PhotoView | null; maxBytes: number }) {
  const upload = useUploadPhoto();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [checking, setChecking] = useState(false);

  const handle = async (file: File) => {
    setOutcome(null);
    setChecking(true);
    try {
      const problems = checkPhotoFacts(await measurePhoto(file), maxBytes);
      if (problems.length > 0) {
        setOutcome({ kind: 'problems', title: '照片不符合要求，未上传：', problems });
        return;
      }
      await upload.mutateAsync(file);
      setOutcome({ kind: 'saved' });
    } catch (error) {
      const message = error instanceof ApiError ? error.message : '照片上传失败，请重试。';
      // The server's reasons (a 400 names them under `photo` too): each listed once.
      const reasons = error instanceof ApiError ? Object.values(error.fields).filter((r) => r !== message) : [];
      setOutcome({ kind: 'problems', title: message, problems: reasons });
    } finally {
      setChecking(false);
    }
  };

  return (
    <SectionCard id="profile-photo" title="个人照片">
      <div className="photo-frame">
        {photo ? (
          <img src={photo.url} alt="本人照片" width={photo.width} height={photo.height} />
        ) : (
          <span>尚未上传照片</span>
        )}
      </div>
      {photo && (
        <Typography.Paragraph type="secondary">
          {photo.width}×{photo.height}像素，{kb(photo.bytes)}，上传于 {formatDateTime(photo.updatedAt)}
        </Typography.Paragraph>
      )}
      <Typography.Paragraph type="secondary">{PROFILE_HINTS.photo.replace('{max}', kb(maxBytes))}</Typography.Paragraph>
      <Upload
        accept=".jpg,.jpeg,image/jpeg"
        showUploadList={false}
        beforeUpload={(file) => {
          void handle(file);
          return false;
        }}
      >
        <Button icon={<UploadOutlined aria-hidden />} loading={checking}>
          {photo ? '更换照片' : '上传照片'}
        </Button>
      </Upload>
      <div aria-live="polite">
        {outcome?.kind === 'saved' && (
          <Alert type="success" showIcon className="photo-outcome" message="照片已上传。" />
        )}
        {outcome?.kind === 'problems' && (
          <Alert
            type="error"
            showIcon
            className="photo-outcome"
            message={outcome.title}
            description={
              outcome.problems.length > 0 ? (
                <ul className="photo-problems">
                  {outcome.problems.map((problem) => (
                    <li key={problem}>{problem}</li>
                  ))}
                </ul>
              ) : undefined
            }
          />
        )}
      </div>
    </SectionCard>
  );
}
