import { Text, View } from '@tarojs/components'
import { fetchCities } from '../../api/jobs'
import { fetchProfile } from '../../api/profile'
import { StateView } from '../../components/StateView'
import { useRemote } from '../../lib/use-remote'
import { ProfileForm } from './ProfileForm'
import { usePullDown } from '../../lib/use-pull-down'
import '../../styles/kit/timeline.css'

export default function ProfilePage() {
  const profile = useRemote(fetchProfile)
  const cities = useRemote(fetchCities)
  usePullDown(profile.reload, cities.reload)
  const p = profile.data
  return (
    <View>
      <StateView loading={(profile.loading && !p) || (cities.loading && !cities.data)} error={p ? cities.error : profile.error} onRetry={() => void Promise.all([profile.reload(), cities.reload()])}>
        {p && cities.data && (
          <View>
            <View className='card'>
              <Text>简历完整度 {p.completeness.percent}%</Text>
              <View className='progress'>
                <View className='progress__bar' style={{ width: `${p.completeness.percent}%` }} />
              </View>
              {!p.completeness.complete && <Text className='muted'>投递前必填：{p.completeness.missingRequired.join('、')}</Text>}
            </View>
            <ProfileForm key={JSON.stringify(p)} profile={p} cities={cities.data} onSaved={() => void profile.reload()} />
          </View>
        )}
      </StateView>
    </View>
  )
}
